/** Turns what went wrong while reading a whole object into a typed `ReadError`. */
import type { ReadError } from '../../../shared/model/errors.js';
import { MAX_FILE_BYTES } from '../../../shared/limits.js';
import { DerError } from '../../../shared/asn1/tlv.js';

/** Checks that come before any parsing; null when the bytes are worth decoding. */
export const precheck = (der: Uint8Array, what: string): ReadError | null => {
  if (der.length === 0) return { code: 'empty-file', message: `empty ${what}` };
  if (der.length > MAX_FILE_BYTES) {
    return {
      code: 'file-too-large',
      message: `${what} is larger than ${MAX_FILE_BYTES} bytes`,
      detail: { limit: MAX_FILE_BYTES, size: der.length },
    };
  }
  // Every object we read is a DER SEQUENCE: anything else is not one of ours.
  if (der[0] !== 0x30)
    return { code: 'unrecognized-format', message: `not a DER ${what} (does not start with a SEQUENCE)` };
  return null;
};

export const toReadError = (e: unknown, what: string): ReadError => {
  if (e instanceof DerError) {
    return { code: e.truncated ? 'truncated' : 'malformed', message: `${what}: ${e.message}` };
  }
  // Not expected from bad input, but a viewer must not crash on a file: report it as data.
  const message = e instanceof Error ? e.message : String(e);
  return { code: 'malformed', message: `${what}: unexpected decoding failure (${message})` };
};
