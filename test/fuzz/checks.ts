/**
 * What an acceptable answer is, per kind of entry point. Beyond "a typed error with a known
 * code", catch-all answers count as failures: `readFile` and the describe functions turn an
 * exception they did not expect into a generic error so the app survives, but an exception
 * there is a bug (src/main/pki/README.md, "Errors"), and the fuzzer reports it as one.
 */
import { ReadErrorCode } from '../../src/shared/model/errors.js';
import type { Result } from '../../src/shared/result.js';
import { knownCode } from './harness.js';

type ReadResult = Result<unknown, { code: string; message: string; detail?: unknown }>;

/** readFile's answer to an exception it did not expect (pki/reader/read-file.ts). */
const READER_CATCH_ALL = 'The file could not be read: its structure is damaged or unexpected.';

/** The describe functions' answer to an exception other than DerError (pki/describe/read-error.ts). */
const DESCRIBE_CATCH_ALL = 'unexpected decoding failure';

export const checkRead = (r: ReadResult): string | null => {
  if (r.ok) return null;
  if (r.error.message === READER_CATCH_ALL)
    return 'readFile caught an unexpected exception (its catch-all answer)';
  if (r.error.message.includes(DESCRIBE_CATCH_ALL))
    return `unexpected exception behind a ReadError: ${r.error.message}`;
  return knownCode(r.error.code, ReadErrorCode.options, 'ReadError');
};

/** Texts of JavaScript's own errors: an error string built from one of these comes from a bug. */
const JS_ERROR =
  /Cannot read propert|is not a function|is not iterable|is not defined|Maximum call stack|Invalid array length|Cannot convert|undefined \(reading|Invalid typed array length|out of memory/i;

/** For Result<_, string> codecs (CRL check, OCSP): the reason must not be a JavaScript error's text. */
export const checkReason = (r: Result<unknown, string>): string | null => {
  if (r.ok) return null;
  if (typeof r.error !== 'string' || r.error.length === 0)
    return `error is not a reason text: ${String(r.error)}`;
  return JS_ERROR.test(r.error) ? `a JavaScript error surfaced as the reason: ${r.error}` : null;
};

export const jsErrorText = (text: string): boolean => JS_ERROR.test(text);
