import { findOperation } from '../../shared/ipc/lookup.js';
import type { CallContext, MainHandlers } from '../../shared/ipc/types.js';

export type DispatchOutcome =
  { kind: 'ok'; result: unknown } | { kind: 'unknown-channel' } | { kind: 'bad-arguments'; issues: string };

type AnyHandler = (args: unknown, context: CallContext) => Promise<unknown>;

/**
 * The one gate between a transport (Electron IPC or the dev bridge) and the services:
 * the channel must be in the contract and its arguments must parse against the
 * contract's schema before any handler sees them.
 */
export const createDispatcher = (handlers: MainHandlers) => {
  return async (channel: string, rawArgs: unknown, context: CallContext): Promise<DispatchOutcome> => {
    const operation = findOperation(channel);
    if (!operation) return { kind: 'unknown-channel' };
    const parsed = operation.args.safeParse(rawArgs);
    if (!parsed.success) {
      return {
        kind: 'bad-arguments',
        issues: parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; '),
      };
    }
    const dot = channel.indexOf('.');
    const ns = handlers[channel.slice(0, dot) as keyof MainHandlers] as unknown as Record<string, AnyHandler>;
    const handler = ns[channel.slice(dot + 1)];
    if (!handler) return { kind: 'unknown-channel' };
    return { kind: 'ok', result: await handler(parsed.data, context) };
  };
};

export type Dispatcher = ReturnType<typeof createDispatcher>;
