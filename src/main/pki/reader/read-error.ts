import type { ReadError, ReadErrorCode } from '../../../shared/model/errors.js';

type Detail = Record<string, string | number>;

export const readError = (code: ReadErrorCode, message: string, detail?: Detail): ReadError =>
  detail === undefined ? { code, message } : { code, message, detail };

/**
 * Thrown only inside the reader, where unwinding through a deep ASN.1 walk is simpler than
 * threading Results through every helper. `readFile` turns it back into a value: nothing of
 * this type leaves the public API.
 */
export class ReaderFailure extends Error {
  readonly error: ReadError;

  constructor(code: ReadErrorCode, message: string, detail?: Detail) {
    super(message);
    this.name = 'ReaderFailure';
    this.error = readError(code, message, detail);
  }
}

/** Throws a ReaderFailure: named for what it does, so call sites read as the throw they are. */
export const throwReadFailure = (code: ReadErrorCode, message: string, detail?: Detail): never => {
  throw new ReaderFailure(code, message, detail);
};
