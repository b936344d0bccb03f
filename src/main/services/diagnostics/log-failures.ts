import type { Log } from '../../ports/log.js';

type AnyHandler = (...params: unknown[]) => Promise<unknown>;

const codeOf = (result: unknown): string | null => {
  if (typeof result !== 'object' || result === null || !('ok' in result) || result.ok !== false) return null;
  const error = (result as { error?: unknown }).error;
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : null;
  return typeof code === 'string' ? code : 'error';
};

/** Expected refusals a user causes every day: not worth a line in the log. */
const QUIET = new Set(['cancelled']);

/**
 * The "recent errors" of a diagnostic: every operation that throws (a bug) is logged as an
 * error with its message, every typed failure (`{ ok: false }`) as a warning with its code
 * only. Arguments are never logged (they carry PINs, passwords, file bytes).
 */
export const logFailures = <H extends object>(handlers: H, log: Log): H => {
  const wrapped: Record<string, Record<string, AnyHandler>> = {};
  for (const [ns, ops] of Object.entries(handlers as Record<string, Record<string, AnyHandler>>)) {
    const into: Record<string, AnyHandler> = {};
    wrapped[ns] = into;
    for (const [name, handler] of Object.entries(ops)) {
      into[name] = async (...params: unknown[]) => {
        try {
          const result = await handler(...params);
          const code = codeOf(result);
          if (code !== null && !QUIET.has(code)) log.write('warn', 'ipc', `${ns}.${name} failed`, { code });
          return result;
        } catch (cause) {
          log.write(
            'error',
            'ipc',
            `${ns}.${name} threw: ${cause instanceof Error ? cause.message : String(cause)}`,
          );
          throw cause;
        }
      };
    }
  }
  return wrapped as H;
};
