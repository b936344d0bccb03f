import { FileTooLargeError, NotRegularFileError } from './file-system.js';

/**
 * What a FileSystem call throws for reasons outside the program: the file is missing,
 * unreadable, too large or not a regular file (Node's system errors carry `code` and
 * `syscall`). Services that may shrug those off catch only these and rethrow the rest.
 */
export const isIoError = (e: unknown): boolean =>
  e instanceof FileTooLargeError ||
  e instanceof NotRegularFileError ||
  (e instanceof Error && 'code' in e && typeof e.code === 'string' && 'syscall' in e);
