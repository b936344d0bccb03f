export { createSandboxService, type SandboxDeps, type SandboxService } from './sandbox-service.js';
export type { SandboxServer, SandboxRequest, SandboxResponse } from './sandbox-server-port.js';
