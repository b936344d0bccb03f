/**
 * The object labels Cryptolib CPS gives a CPS-family card (domain.md §5). Labels say what
 * the card maker meant, not what an object is: they recognise a card and break a tie,
 * never pair a key with a certificate (CKA_ID does) nor outweigh a certificate's key usages.
 */
export const CPS_LABELS = {
  authenticationCertificate: "Certificat d'Authentification CPS",
  signatureCertificate: 'Certificat de Signature CPS',
  authenticationKey: 'CPS_PRIV_AUT',
  signatureKey: 'CPS_PRIV_SIG',
  idCard: 'CPS_ID_CARD',
  namePs: 'CPS_NAME_PS',
  infoPs: 'CPS_INFO_PS',
} as const;

const CERTIFICATE_LABELS = [CPS_LABELS.authenticationCertificate, CPS_LABELS.signatureCertificate];
const KEY_LABELS = [CPS_LABELS.authenticationKey, CPS_LABELS.signatureKey];
const DATA_LABELS = [CPS_LABELS.idCard, CPS_LABELS.namePs, CPS_LABELS.infoPs];
/** The PIN-protected activity objects (CPS_ACTIVITY_01_PS…), seen only after a login. */
const ACTIVITY_LABEL = /^CPS_ACTIVITY_[0-9]{2}_PS$/;

/** PKCS#11 labels are short (token labels are 32 bytes): anything longer is not one of ours. */
const MAX_LABEL_CHARS = 128;

/**
 * A label as compared: padding blanks and NULs off the ends (token fields are space-padded),
 * inner runs of blanks as one, case ignored. Null for a label too long to be a real one.
 */
export const labelKey = (label: string): string | null => {
  if (typeof label !== 'string' || label.length > MAX_LABEL_CHARS) return null;
  return label
    .replace(/^[\s\0]+|[\s\0]+$/g, '')
    .replace(/\s+/g, ' ')
    .toUpperCase();
};

const isOneOf = (label: string, labels: readonly string[]): boolean => {
  const key = labelKey(label);
  return key !== null && labels.some((l) => labelKey(l) === key);
};

/** Whether a certificate's label is the CPS authentication or signature certificate's. */
export const cpsCertificateLabelRole = (label: string): 'authentication' | 'signature' | null => {
  if (isOneOf(label, [CPS_LABELS.authenticationCertificate])) return 'authentication';
  if (isOneOf(label, [CPS_LABELS.signatureCertificate])) return 'signature';
  return null;
};

const ALL_LABELS = [...CERTIFICATE_LABELS, ...KEY_LABELS, ...DATA_LABELS];

/** What `isCpsToken` looks at: the token's own fields, its module, and its objects' labels. */
export type CpsTokenInput = {
  readonly label: string;
  readonly model: string;
  readonly manufacturer: string;
  /** The module's ModuleKind ('cryptolib-cps', 'opensc'…); any other text is not Cryptolib. */
  readonly moduleKind: string;
  /** The labels of the token's objects as listed (the public ones before a login). */
  readonly objectLabels: readonly string[];
};

/** Real tokens hold a few dozen objects; past this many labels the rest are not looked at. */
const MAX_LABELS = 1024;

/**
 * A CPS-family card (CPS, CPF, CPE, CPA: same card, same middleware) when either:
 * - the module is Cryptolib CPS, which drives those cards only; or
 * - the token holds at least one object named as Cryptolib names them: the two CPS
 *   certificate labels, CPS_PRIV_AUT / CPS_PRIV_SIG, CPS_ID_CARD / CPS_NAME_PS / CPS_INFO_PS,
 *   CPS_ACTIVITY_nn_PS (the same card read through another module, or a test token shaped
 *   like one). Labels are compared whole (never as a substring), blanks and case aside.
 * The token's label, model and maker are not used: no documented CPS value is known for
 * them. This only decides how the token is shown (a holder, a card's PIN rule); trust
 * comes from the certificates' chains, never from this.
 */
export const isCpsToken = (input: CpsTokenInput): boolean => {
  if (input.moduleKind === 'cryptolib-cps') return true;
  return input.objectLabels.slice(0, MAX_LABELS).some((label) => {
    const key = labelKey(label);
    return key !== null && (isOneOf(label, ALL_LABELS) || ACTIVITY_LABEL.test(key));
  });
};

/** "CPS3", "CPS 4", "CPS-V3", "cps_4" as a whole word; not "CPS34" nor "XCPS3". */
const GENERATION = /(?<![A-Z0-9])CPS[\s_-]?V?([34])(?![0-9])/gi;

/**
 * CPS3 or CPS4 only when the token's label or model names exactly one of them. Never
 * guessed from anything else (CPS4 adds RSA-PSS, but a mechanism list proves nothing about
 * the card); null when neither says it, or when they name both.
 */
export const cardGeneration = (token: {
  readonly label: string;
  readonly model: string;
}): 'CPS3' | 'CPS4' | null => {
  const found = new Set<string>();
  for (const field of [token.label, token.model]) {
    if (typeof field !== 'string') continue;
    for (const m of field.slice(0, MAX_LABEL_CHARS).matchAll(GENERATION)) found.add(m[1] ?? '');
  }
  if (found.size !== 1) return null;
  return found.has('3') ? 'CPS3' : found.has('4') ? 'CPS4' : null;
};
