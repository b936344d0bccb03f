import type { InstallError } from '../../../shared/model/install.js';
import type { Result } from '../../../shared/result.js';

/** A thrown call (bridge down, contract refused) is shown like main's own io-error. */
export const callInstall = async <T>(
  call: () => Promise<Result<T, InstallError>>,
): Promise<Result<T, InstallError>> => {
  try {
    return await call();
  } catch (cause) {
    return {
      ok: false,
      error: { code: 'io-error', message: cause instanceof Error ? cause.message : String(cause) },
    };
  }
};
