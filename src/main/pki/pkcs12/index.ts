/** The pkcs12 topic of the PKI library: what services may use. */
export { findMacPassword } from './mac.js';
export { readPfxStructure } from './pfx-structure.js';
export type { AuthSafeEntry } from './pfx-structure.js';
export { collectBags } from './safe-bags.js';
export type { Bag } from './safe-bags.js';
