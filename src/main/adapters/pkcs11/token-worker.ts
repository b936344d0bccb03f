/**
 * Entry of the token worker thread (bundled to dist/main/token-worker.cjs and
 * dist/dev-bridge/token-worker.mjs). It owns the PKCS#11 modules: every call into them
 * blocks (a key generated on a card, a PIN typed on a reader's keypad), so they run here,
 * never on the app's main thread. One request at a time, the watch tick queued with them,
 * so calls into a module never interleave.
 */
import { parentPort } from 'node:worker_threads';
import { createTokenCore } from './token-core.js';
import { TICK_MS, type TokenWorkerMessage, type TokenWorkerRequest } from './token-messages.js';

const port = parentPort;
if (port === null) throw new Error('token-worker must run in a worker thread');

const core = createTokenCore();
const post = (message: TokenWorkerMessage) => port.postMessage(message);

let queue: Promise<void> = Promise.resolve();
const enqueue = (work: () => void) => {
  queue = queue.then(work);
};

let timer: NodeJS.Timeout | null = null;
let tickQueued = false;
let watching = false;

/**
 * The tick runs only while someone watches AND a module is loaded: on a computer with no
 * card middleware at all (most of them) the thread never wakes. A module added later comes
 * with the next call's module list, which arms the tick again.
 */
const armTicks = () => {
  const wanted = watching && core.modules().some((m) => m.loaded);
  if (wanted && timer === null) timer = setInterval(tick, TICK_MS);
  if (!wanted && timer !== null) {
    clearInterval(timer);
    timer = null;
  }
};

const tick = () => {
  // A tick still waiting behind a long call (a key being generated) is enough.
  if (tickQueued) return;
  tickQueued = true;
  enqueue(() => {
    tickQueued = false;
    if (timer === null) return;
    const slots = core.tick();
    if (slots !== null) post({ kind: 'slots', slots });
  });
};

const call = (request: Extract<TokenWorkerRequest, { kind: 'call' }>) => {
  try {
    if (request.modules) {
      core.setModules(request.modules);
      armTicks();
    }
    const method = core[request.method] as (...args: unknown[]) => unknown;
    post({ kind: 'reply', id: request.id, value: method(...request.args) });
  } catch (error) {
    // The core answers with Results; a throw is a bug, still answered so no caller hangs.
    const message = error instanceof Error ? error.message : String(error);
    post({ kind: 'fault', id: request.id, message });
  }
};

port.on('message', (request: TokenWorkerRequest) => {
  if (request.kind === 'call') return enqueue(() => call(request));
  if (request.kind === 'watch')
    return enqueue(() => {
      if (request.modules) core.setModules(request.modules);
      core.watch(request.on);
      watching = request.on;
      armTicks();
    });
  enqueue(() => {
    if (timer !== null) clearInterval(timer);
    timer = null;
    core.close();
    post({ kind: 'reply', id: request.id, value: null });
  });
});
