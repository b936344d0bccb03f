import { join } from 'node:path';
import { createSandboxServer } from '../adapters/sandbox-server.js';
import type { Clock } from '../ports/clock.js';
import type { FileSystem } from '../ports/file-system.js';
import type { OrdersService } from '../services/orders/orders-service.js';
import { createSandboxService } from '../services/sandbox/index.js';

/**
 * The rehearsal sandbox ("bac à sable"): its toy CA in <data>/sandbox and its CRL / OCSP
 * server on 127.0.0.1, started on first use and stopped with the core. Nothing here touches
 * the trust store: the sandbox root stays out of production and TEST checks.
 */
export const composeSandbox = (deps: {
  fs: FileSystem;
  clock: Clock;
  dataDir: string;
  orders: Pick<OrdersService, 'get'>;
}) =>
  createSandboxService({
    fs: deps.fs,
    clock: deps.clock,
    dir: join(deps.dataDir, 'sandbox'),
    orders: deps.orders,
    server: createSandboxServer(),
  });
