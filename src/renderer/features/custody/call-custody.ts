import type { OrderError } from '../../../shared/model/order.js';
import type { Result } from '../../../shared/result.js';

/** A thrown call (bridge down, contract refused) is shown like main's own io-error. */
export const callCustody = async <T>(
  call: () => Promise<Result<T, OrderError>>,
): Promise<Result<T, OrderError>> => {
  try {
    return await call();
  } catch (cause) {
    return {
      ok: false,
      error: { code: 'io-error', message: cause instanceof Error ? cause.message : String(cause) },
    };
  }
};
