import { Worker } from 'node:worker_threads';
import type { TokenError } from '../../../shared/model/token.js';
import { err } from '../../../shared/result.js';
import type { SlotInfo, TokenModuleSpec, TokenProvider } from '../../ports/token-provider.js';
import type { TokenCore } from './token-core.js';
import type { CoreMethod, TokenWorkerMessage, TokenWorkerRequest } from './token-messages.js';
import { serviceStopped, TokenServiceError } from './token-service-error.js';

export type WorkerTokenProviderOptions = {
  /** The bundled worker entry (src/main/adapters/pkcs11/token-worker.ts). */
  script: string | URL;
  /** The modules to use, asked again before each call (the user may add one). */
  modules: () => TokenModuleSpec[];
};

/** After a crash while someone listens, the watch resumes after this pause (no tight loop). */
const RESTART_MS = 1000;

type Pending = { settle: (value: unknown) => void; fail: (error: TokenError) => void };

/**
 * The token provider of the app: the PKCS#11 core in one long-lived worker thread
 * (token-worker.ts), started on first use and restarted after a crash, its pending calls
 * then answered with a typed error. The thread is unref'd except while a call is in flight,
 * so it never keeps a process alive on its own, even while it watches the slots; it watches
 * (a tick a second) only while an `onChange` listener is registered.
 */
export const createWorkerTokenProvider = (options: WorkerTokenProviderOptions): TokenProvider => {
  let worker: Worker | null = null;
  let sentModules: string | null = null;
  let nextId = 1;
  let closed = false;
  let restartTimer: NodeJS.Timeout | null = null;
  const pending = new Map<number, Pending>();
  const listeners = new Set<(slots: SlotInfo[]) => void>();

  const failAll = (error: TokenError) => {
    for (const p of pending.values()) p.fail(error);
    pending.clear();
  };

  /** The module list when the worker has not got this one yet. */
  const modulesToSend = (): TokenModuleSpec[] | undefined => {
    const modules = options.modules();
    const text = JSON.stringify(modules);
    if (text === sentModules) return undefined;
    sentModules = text;
    return modules;
  };

  const start = (): Worker => {
    const w = new Worker(options.script);
    sentModules = null;
    w.on('message', (message: TokenWorkerMessage) => {
      if (message.kind === 'slots') {
        for (const listener of [...listeners]) listener(message.slots);
        return;
      }
      const p = pending.get(message.id);
      pending.delete(message.id);
      if (message.kind === 'reply') p?.settle(message.value);
      else p?.fail(serviceStopped(`The token service failed: ${message.message}`));
      if (pending.size === 0) w.unref();
    });
    w.on('error', (error) => failAll(serviceStopped(`The token service stopped: ${error.message}`)));
    w.on('exit', () => {
      if (worker !== w) return;
      worker = null;
      failAll(serviceStopped('The token service stopped unexpectedly.'));
      if (listeners.size > 0 && !closed) scheduleRestart();
    });
    w.unref();
    return w;
  };

  const scheduleRestart = () => {
    restartTimer ??= setTimeout(() => {
      restartTimer = null;
      if (listeners.size > 0 && !closed) sendWatch(true);
    }, RESTART_MS);
    restartTimer.unref();
  };

  const sendWatch = (on: boolean) => {
    if (!on && worker === null) return;
    const w = (worker ??= start());
    w.postMessage({ kind: 'watch', on, modules: modulesToSend() } satisfies TokenWorkerRequest);
  };

  const post = (w: Worker, id: number, request: TokenWorkerRequest) =>
    new Promise<unknown>((settle, reject) => {
      pending.set(id, { settle, fail: (error) => reject(new TokenServiceError(error)) });
      w.ref(); // a call in flight keeps the process alive until it is answered
      w.postMessage(request);
    });

  const call = <M extends CoreMethod>(method: M, ...args: Parameters<TokenCore[M]>) => {
    if (closed) return Promise.reject(new TokenServiceError(serviceStopped('The token service is closed.')));
    const w = (worker ??= start());
    const id = nextId++;
    const request = { kind: 'call', id, method, args, modules: modulesToSend() } as const;
    return post(w, id, request) as Promise<ReturnType<TokenCore[M]>>;
  };

  /** The Result-returning calls answer a stopped worker with the typed error itself. */
  const resultCall = async <M extends CoreMethod>(method: M, ...args: Parameters<TokenCore[M]>) => {
    try {
      return await call(method, ...args);
    } catch (e) {
      if (e instanceof TokenServiceError) return err(e.error) as ReturnType<TokenCore[M]>;
      throw e;
    }
  };

  return {
    modules: () => call('modules'),
    slots: () => call('slots'),
    objects: (token, pin) => resultCall('objects', token, pin),
    checkPin: (token, pin) => resultCall('checkPin', token, pin),
    generateRsaKey: (token, pin, key) => resultCall('generateRsaKey', token, pin, key),
    signSha256Rsa: (token, pin, keyId, data) => resultCall('signSha256Rsa', token, pin, keyId, data),
    importCertificate: (token, pin, cert) => resultCall('importCertificate', token, pin, cert),
    onChange(listener) {
      listeners.add(listener);
      if (listeners.size === 1 && !closed) sendWatch(true);
      return () => {
        if (!listeners.delete(listener) || listeners.size > 0 || closed) return;
        sendWatch(false);
      };
    },
    async close() {
      closed = true;
      listeners.clear();
      if (restartTimer) clearTimeout(restartTimer);
      const w = worker;
      if (w === null) return;
      const id = nextId++;
      // The worker finalizes its modules first (a module left initialized can hold a reader).
      await post(w, id, { kind: 'close', id }).catch(() => undefined);
      worker = null;
      await w.terminate();
      failAll(serviceStopped('The token service is closed.'));
    },
  };
};
