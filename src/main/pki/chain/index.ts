/** The chain topic of the PKI library: what services may use. */
export { buildChain } from './build-chain.js';
export { forgetFileCandidates } from './candidates.js';
export type { ChainInput } from './build-chain.js';
