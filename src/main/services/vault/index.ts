export { createVault, DEFAULT_KDF_ITERATIONS, type Vault, type VaultDeps, type VaultSetup } from './vault.js';
export { keyringAccount, MIN_PASSPHRASE_LENGTH } from './vault-secrets.js';
export type { GenerateSpec, KeyProgress } from './key-operations.js';
export type { KeyListing } from './key-listing.js';
