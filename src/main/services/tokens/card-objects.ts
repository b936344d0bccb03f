import { EKU_OID } from '../../../shared/catalogue/oids.js';
import { classifyUsage } from '../../../shared/igc-sante/classify-usage.js';
import type { CertificateView } from '../../../shared/model/certificate.js';
import type { TokenCertificate } from '../../../shared/model/token.js';
import { cpsCertificateLabelRole } from './card-labels.js';

export type CertificateRole = NonNullable<TokenCertificate['role']>;

/** A certificate's key usages (CertificateView names), its EKUs (OIDs or views) and its CKA_LABEL. */
export type RoleInput = {
  readonly keyUsage: readonly string[];
  readonly extendedKeyUsage: readonly (string | Pick<CertificateView['extendedKeyUsage'][number], 'oid'>)[];
  readonly label?: string | null;
};

const kuName = (name: string): string => {
  const lower = name.trim().toLowerCase();
  return lower === 'contentcommitment' ? 'nonrepudiation' : lower;
};

/**
 * What the certificate is for, from its key usages first (domain.md §2):
 * - authentication: TLS client / server, or digitalSignature alone (the card's login key);
 * - signature: nonRepudiation (with or without digitalSignature), or digitalSignature with
 *   emailProtection and no clientAuth (S/MIME signing);
 * - encryption: keyEncipherment without any signing bit.
 * Only when the key usages say nothing we can read (none, or a mix that fits no role) does
 * the CPS label decide; a CA certificate is never a holder's, whatever its label says.
 */
export const certificateRole = (input: RoleInput): CertificateRole | null => {
  const ku = new Set(input.keyUsage.map(kuName));
  const eku = new Set(input.extendedKeyUsage.map((e) => (typeof e === 'string' ? e : e.oid)));
  if (ku.has('keycertsign') || ku.has('crlsign')) return null;
  switch (classifyUsage(input.keyUsage, [...eku])) {
    case 'AUTH':
    case 'SSL':
      return 'authentication';
    case 'SIGN':
      return 'signature';
    case 'CONF':
      return 'encryption';
    case null:
      break;
  }
  const sign = ku.has('digitalsignature');
  const nonRep = ku.has('nonrepudiation');
  const encipher = ku.has('keyencipherment') || ku.has('dataencipherment') || ku.has('keyagreement');
  if (sign && !nonRep && !encipher)
    return eku.has(EKU_OID.emailProtection) && !eku.has(EKU_OID.clientAuth) ? 'signature' : 'authentication';
  if (ku.size === 0 && eku.has(EKU_OID.clientAuth) && !eku.has(EKU_OID.emailProtection))
    return 'authentication';
  return typeof input.label === 'string' ? cpsCertificateLabelRole(input.label) : null;
};

type WithId = { readonly id: string; readonly label: string };

export type Paired<C, K> = {
  /** Each certificate, in order, with the label of the private key of the same CKA_ID. */
  certificates: (C & { keyLabel: string | null })[];
  /** Each private key, in order, and whether a certificate has its CKA_ID. */
  keys: (K & { paired: boolean })[];
};

/** CKA_ID as compared: hex, case ignored. An empty or non-hex id pairs with nothing. */
const idKey = (id: string): string | null =>
  typeof id === 'string' && id.length > 0 && id.length <= 512 && /^[0-9A-Fa-f]+$/.test(id)
    ? id.toUpperCase()
    : null;

/**
 * Pairs certificates and private keys by CKA_ID only (PKCS#11's link between them; the
 * labels are free text and a key named CPS_PRIV_AUT may belong to anything). A certificate
 * takes the label of the first key with its id; a key is paired when some certificate has
 * its id. An object without a usable id pairs with nothing.
 */
export const pairByCkaId = <C extends WithId, K extends WithId>(
  certificates: readonly C[],
  privateKeys: readonly K[],
): Paired<C, K> => {
  const keyLabelById = new Map<string, string>();
  for (const key of privateKeys) {
    const id = idKey(key.id);
    if (id !== null && !keyLabelById.has(id)) keyLabelById.set(id, key.label);
  }
  const certificateIds = new Set(certificates.map((c) => idKey(c.id)).filter((id) => id !== null));
  return {
    certificates: certificates.map((c) => {
      const id = idKey(c.id);
      return { ...c, keyLabel: id === null ? null : (keyLabelById.get(id) ?? null) };
    }),
    keys: privateKeys.map((k) => {
      const id = idKey(k.id);
      return { ...k, paired: id !== null && certificateIds.has(id) };
    }),
  };
};
