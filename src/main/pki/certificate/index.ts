/** The certificate topic: one parser, cached by bytes and SHA-256; what every other topic reads. */
export { certificateParseCount, parseCertificate, readCertificate } from './cache.js';
export { derivedOnce, derivedSlot, type ParsedCertificate } from './parsed-certificate.js';
export { endOperation, objectMemo, valueMemo, type OperationMemo } from './operation-memo.js';
export type { CertificateStructure } from './structure.js';
export {
  certificateExtension,
  extensionDecodeCount,
  isSharedExtension,
  readExtensionValue,
  type AuthorityKeyIdentifier,
  type BasicConstraints,
  type Finding,
  type FindingCode,
  type PolicyConstraints,
  type PolicyInformation,
  type PolicyMapping,
  type Reading,
  type ReadingOf,
  type SharedExtensionOid,
  type TwoViews,
} from './extensions/index.js';
