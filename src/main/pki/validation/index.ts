/** RFC 5280 path validation over given certificates, anchors and CRLs. */
export { validatePath } from './validate-path.js';
export type {
  PathLink,
  PolicyInputs,
  RevocationMode,
  ValidationInput,
  ValidationResult,
  ValidationStatus,
} from './types.js';
export { ANY_POLICY, DEFAULT_POLICY } from './types.js';
export { pickTarget } from './pick-target.js';
export { forgetOwnCandidates } from './candidate-index.js';
export { nameLinks, type NameLinks } from './name-links.js';
