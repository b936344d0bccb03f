import type { SlotInfo, TokenModuleSpec } from '../../ports/token-provider.js';
import type { TokenCore } from './token-core.js';

/**
 * What the app's side (worker-token-provider.ts) and the token worker thread
 * (token-worker.ts) say to each other. A call names a method of the core and its
 * arguments; the reply carries what the core returned (Results and plain data only,
 * which structured cloning carries as they are).
 */
export type CoreMethod = Exclude<keyof TokenCore, 'setModules' | 'watch' | 'tick' | 'close'>;

export type TokenWorkerRequest =
  | {
      kind: 'call';
      id: number;
      method: CoreMethod;
      args: unknown[];
      /** The module list, sent when it changed since this worker last got it. */
      modules?: TokenModuleSpec[];
    }
  | { kind: 'watch'; on: boolean; modules?: TokenModuleSpec[] }
  /** Finalize the modules, then answer: the provider terminates the thread after. */
  | { kind: 'close'; id: number };

export type TokenWorkerMessage =
  | { kind: 'reply'; id: number; value: unknown }
  /** A call that threw (a bug in the core): answered so that no caller waits for ever. */
  | { kind: 'fault'; id: number; message: string }
  | { kind: 'slots'; slots: SlotInfo[] };

/** The interval of the watch tick (a card inserted shows within about a second). */
export const TICK_MS = 1000;
