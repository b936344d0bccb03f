import type { Result } from '../../shared/result.js';

/** Every error family of the contract has an 'io-error' code for "could not be done here". */
type IoError = { code: 'io-error'; message: string };

/**
 * Call an operation that answers with a `Result`. A call that throws instead (the bridge
 * is down, main refused the arguments) is shown like main's own io-error, so a screen has
 * only one kind of failure to handle.
 */
export const callMain = async <T, E>(call: () => Promise<Result<T, E>>): Promise<Result<T, E | IoError>> => {
  try {
    return await call();
  } catch (cause) {
    return {
      ok: false,
      error: { code: 'io-error', message: cause instanceof Error ? cause.message : String(cause) },
    };
  }
};
