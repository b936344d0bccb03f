import { err, type Err } from '../../../shared/result.js';

/**
 * Why an export was refused. Every code is an expected outcome the UI explains; a file that
 * fails its own read-back ('read-back-failed') is a bug we refuse to hand out, not a crash.
 */
export type ExportErrorCode =
  | 'invalid-password'
  | 'iteration-limit'
  | 'invalid-input'
  | 'key-mismatch'
  | 'read-back-failed'
  | 'file-exists'
  | 'write-failed';

export type ExportError = { readonly code: ExportErrorCode; readonly message: string };

export const exportError = (code: ExportErrorCode, message: string): Err<ExportError> =>
  err({ code, message });
