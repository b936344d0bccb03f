import type { Result } from '../result.js';
import { err, ok } from '../result.js';

/** Why a free-text subject value (name, legal name, service name) was refused. */
export type TextErrorCode =
  'required' | 'too-long' | 'control-character' | 'invisible-character' | 'unsupported-character';

/**
 * X.520 upper bounds: ub-common-name and ub-organization-name are 64. We use the same
 * bound for surname and given name: X.520 allows far more, but nobody's name needs it
 * and the platform's own limits are unknown, so the form catches it rather than ANS.
 */
export const MAX_SUBJECT_TEXT = 64;

// Line breaks, tabs, NUL, DEL and C1 controls have no place in a certificate name and
// have been used to forge log lines and confuse DN parsers.
const CONTROL = /[\p{Cc}\u2028\u2029]/u;
// Format characters: bidi overrides/isolates (U+202E can make "moc.evil" read "live.com"),
// zero-width joiners and spaces, BOM, soft hyphen. Invisible, so a reader cannot check them.
const INVISIBLE = /\p{Cf}/u;
// Lone surrogates cannot be encoded as UTF-8; private-use and non-characters render as
// nothing a person can verify.
const UNSUPPORTED = /[\p{Cs}\p{Co}\uFFFE\uFFFF]/u;

/**
 * Checks one free-text value and returns it as it will be encoded: NFC-normalized (so a
 * decomposed "Rho\u0302ne" and "Rhône" give the same bytes) and trimmed. Characters are
 * checked on the raw input, before trimming, so a trailing "\n" is reported, not hidden.
 * Length counts characters (code points), as X.520 bounds do.
 */
export const checkSubjectText = (
  raw: unknown,
  max: number = MAX_SUBJECT_TEXT,
): Result<string, TextErrorCode> => {
  if (typeof raw !== 'string') return err('required');
  if (UNSUPPORTED.test(raw)) return err('unsupported-character');
  if (CONTROL.test(raw)) return err('control-character');
  if (INVISIBLE.test(raw)) return err('invisible-character');
  const value = raw.normalize('NFC').trim();
  if (value.length === 0) return err('required');
  if ([...value].length > max) return err('too-long');
  return ok(value);
};
