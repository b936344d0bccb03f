/** Extensions decoded once for describe and path validation alike (see registry.ts). */
export type { BasicConstraints } from './basic-constraints.js';
export type { PolicyInformation } from './certificate-policies.js';
export type { AuthorityKeyIdentifier } from './key-identifiers.js';
export type { PolicyConstraints, PolicyMapping } from './policy-controls.js';
export type { Finding, FindingCode, Reading, TwoViews } from './reading.js';
export {
  certificateExtension,
  extensionDecodeCount,
  isSharedExtension,
  readExtensionValue,
  type ReadingOf,
  type SharedExtensionOid,
} from './registry.js';
