import { MAX_FILE_BYTES } from '../../shared/limits.js';
import type { ReadError } from '../../shared/model/errors.js';

/** Expected failures from main, plus a thrown call (bridge down, contract rejected). */
export type UiError = ReadError | { code: 'unexpected'; message: string };

export const unexpectedError = (cause: unknown): UiError => ({
  code: 'unexpected',
  message: cause instanceof Error ? cause.message : String(cause),
});

/** The limit main reported, or ours: both are MAX_FILE_BYTES, but main's word wins. */
export const sizeLimitOf = (error: UiError): number => {
  const limit = error.code === 'file-too-large' ? error.detail?.['limit'] : undefined;
  return typeof limit === 'number' ? limit : MAX_FILE_BYTES;
};
