export { createInstallService, type InstallService } from './install-service.js';
export type { InstallDeps } from './install-deps.js';
export type { BackupRequest, DestroyOutcome } from './destroy-vault-key.js';
