import type { ProductCode } from '../model/igc-sante.js';
import type { DnShape } from './dn-shapes.js';
import { PERSON_DN, PROFESSIONAL_DN, SERVER_DN, STRUCTURE_DN } from './dn-shapes.js';
import type { Confidence } from './localized.js';
import type { OfferCode } from './offers.js';
import { EKU_OID } from './oids.js';
import type { KeyUsageName } from './oids.js';

/** AUTH = TLS client, SSL = TLS server (and client), SIGN = signature/seal, CONF = encryption to the holder. */
export type Usage = 'AUTH' | 'SSL' | 'SIGN' | 'CONF';

export type SanRule =
  | { readonly kind: 'none' }
  /** One or more dNSName entries, the first equal to the subject CN (H, SERV_SSL). */
  | { readonly kind: 'dns'; readonly firstEqualsCn: true }
  /** The holder's e-mail address as rfc822Name (H on PS signature certificates). */
  | { readonly kind: 'email' };

export type ProductProfile = {
  readonly code: ProductCode;
  readonly offer: OfferCode;
  readonly usage: Usage;
  /** keyUsage bits, always marked critical by IGC-Santé (H). */
  readonly keyUsage: readonly KeyUsageName[];
  readonly extKeyUsage: readonly string[];
  readonly san: SanRule;
  readonly subject: DnShape;
  /** Short name of the production CA that issues it (the TEST one adds "-TEST"). */
  readonly issuingCa: 'ACI-EL-ORG' | 'ACI-EL-PP';
  /** Confidence of keyUsage / extKeyUsage / SAN: H observed on real certificates, L by analogy. */
  readonly confidence: Confidence;
};

const NONE: SanRule = { kind: 'none' };
const EMAIL: SanRule = { kind: 'email' };

// By analogy (L): AUTH → digitalSignature + clientAuth, SIGN → nonRepudiation +
// emailProtection, CONF → keyEncipherment + emailProtection, as on the observed products.
const AUTH_KU: readonly KeyUsageName[] = ['digitalSignature'];
const AUTH_EKU = [EKU_OID.clientAuth];
const SIGN_EKU = [EKU_OID.emailProtection];
const CONF_KU: readonly KeyUsageName[] = ['keyEncipherment'];
const CONF_EKU = [EKU_OID.emailProtection];

export const PRODUCT_PROFILES: Readonly<Record<ProductCode, ProductProfile>> = {
  SERV_SSL: {
    code: 'SERV_SSL',
    offer: 'SERV',
    usage: 'SSL',
    keyUsage: ['digitalSignature', 'keyEncipherment'],
    extKeyUsage: [EKU_OID.serverAuth, EKU_OID.clientAuth],
    san: { kind: 'dns', firstEqualsCn: true },
    subject: SERVER_DN,
    issuingCa: 'ACI-EL-ORG',
    confidence: 'H',
  },
  SERV_SIGN: {
    code: 'SERV_SIGN',
    offer: 'SERV',
    usage: 'SIGN',
    keyUsage: ['nonRepudiation'],
    extKeyUsage: SIGN_EKU,
    san: NONE,
    subject: SERVER_DN,
    issuingCa: 'ACI-EL-ORG',
    confidence: 'L',
  },
  SERV_CONF: {
    code: 'SERV_CONF',
    offer: 'SERV',
    usage: 'CONF',
    keyUsage: CONF_KU,
    extKeyUsage: CONF_EKU,
    san: NONE,
    subject: SERVER_DN,
    issuingCa: 'ACI-EL-ORG',
    confidence: 'L',
  },
  ORG_AUTH_CLI: {
    code: 'ORG_AUTH_CLI',
    offer: 'ORG',
    usage: 'AUTH',
    keyUsage: AUTH_KU,
    extKeyUsage: AUTH_EKU,
    san: NONE,
    subject: STRUCTURE_DN,
    issuingCa: 'ACI-EL-ORG',
    confidence: 'H',
  },
  ORG_SIGN: {
    code: 'ORG_SIGN',
    offer: 'ORG',
    usage: 'SIGN',
    keyUsage: ['digitalSignature', 'nonRepudiation'],
    extKeyUsage: SIGN_EKU,
    san: NONE,
    subject: STRUCTURE_DN,
    issuingCa: 'ACI-EL-ORG',
    confidence: 'H',
  },
  ORG_CONF: {
    code: 'ORG_CONF',
    offer: 'ORG',
    usage: 'CONF',
    keyUsage: CONF_KU,
    extKeyUsage: [EKU_OID.emailProtection, EKU_OID.anyExtendedKeyUsage],
    san: NONE,
    subject: STRUCTURE_DN,
    issuingCa: 'ACI-EL-ORG',
    confidence: 'H',
  },
  PRO_AUTH: {
    code: 'PRO_AUTH',
    offer: 'PRO',
    usage: 'AUTH',
    keyUsage: AUTH_KU,
    extKeyUsage: AUTH_EKU,
    san: EMAIL,
    subject: PROFESSIONAL_DN,
    issuingCa: 'ACI-EL-PP',
    confidence: 'L',
  },
  PRO_SIGN: {
    code: 'PRO_SIGN',
    offer: 'PRO',
    usage: 'SIGN',
    keyUsage: ['nonRepudiation'],
    extKeyUsage: SIGN_EKU,
    san: EMAIL,
    subject: PROFESSIONAL_DN,
    issuingCa: 'ACI-EL-PP',
    confidence: 'L',
  },
  PRO_CONF: {
    code: 'PRO_CONF',
    offer: 'PRO',
    usage: 'CONF',
    keyUsage: CONF_KU,
    extKeyUsage: CONF_EKU,
    san: EMAIL,
    subject: PROFESSIONAL_DN,
    issuingCa: 'ACI-EL-PP',
    confidence: 'L',
  },
  PS_AUTH: {
    code: 'PS_AUTH',
    offer: 'PS',
    usage: 'AUTH',
    keyUsage: AUTH_KU,
    extKeyUsage: AUTH_EKU,
    san: EMAIL,
    subject: PERSON_DN,
    issuingCa: 'ACI-EL-PP',
    confidence: 'L',
  },
  PS_SIGN: {
    code: 'PS_SIGN',
    offer: 'PS',
    usage: 'SIGN',
    keyUsage: ['nonRepudiation'],
    extKeyUsage: SIGN_EKU,
    san: EMAIL,
    subject: PERSON_DN,
    issuingCa: 'ACI-EL-PP',
    confidence: 'H',
  },
  PS_CONF: {
    code: 'PS_CONF',
    offer: 'PS',
    usage: 'CONF',
    keyUsage: CONF_KU,
    extKeyUsage: CONF_EKU,
    san: EMAIL,
    subject: PERSON_DN,
    issuingCa: 'ACI-EL-PP',
    confidence: 'L',
  },
};
