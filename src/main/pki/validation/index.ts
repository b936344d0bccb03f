/** RFC 5280 path validation over given certificates, anchors and CRLs. */
export { validatePath } from './validate-path.js';
export type {
  PathLink,
  PolicyInputs,
  RevocationFinding,
  RevocationMode,
  ValidationInput,
  ValidationResult,
  ValidationProfile,
  ValidationStatus,
} from './types.js';
export { hostMismatch, ipBytes, type PeerName } from './peer-name.js';
export { EKU, PURPOSE_USAGE, type KeyUsageName, type Purpose, type Usage } from './usage.js';
export { ANY_POLICY, DEFAULT_POLICY } from './types.js';
export { pickTarget } from './pick-target.js';
export { forgetOwnCandidates } from './candidate-index.js';
export { nameLinks, type NameLinks } from './name-links.js';
export { crlVerdict, type CrlVerdictInput, type RevocationStatus } from './revocation.js';
