import type { MainHandlers } from '../../shared/ipc/types.js';
import type { SandboxService } from '../services/sandbox/index.js';

/** Contract → the rehearsal sandbox. */
export const sandboxHandlers = (sandbox: SandboxService): MainHandlers['sandbox'] => ({
  status: () => sandbox.status(),
  issue: ({ orderId }) => sandbox.issue(orderId),
  revoke: ({ sha256, reason }) => sandbox.revoke(sha256, reason),
  reset: () => sandbox.reset(),
});
