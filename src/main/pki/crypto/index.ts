/** The crypto topic of the PKI library: what services may use. */
export { passwordCandidates } from './password.js';
export type { PasswordCandidate } from './password.js';
export { decryptWithScheme } from './pbe-decrypt.js';
export { createBudget } from './work-budget.js';
export type { WorkBudget } from './work-budget.js';
export { isCryptoDecodeError } from './node-crypto-errors.js';
