import { TRUNCATION_MARK } from '../../../shared/text-cap.js';

/** Longest text kept from a data object or a name, in UTF-16 code units, mark included. */
export const MAX_CARD_TEXT_CHARS = 200;

/**
 * A holder's text field is a few dozen bytes; a bigger data object is something else (a
 * binary structure, a photo) and is not decoded at all, so a hostile token costs nothing.
 */
export const MAX_CARD_TEXT_BYTES = 4096;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** ISO-8859-1 byte for byte (TextDecoder's "latin1" is windows-1252, which hides C1 controls). */
const latin1 = (bytes: Uint8Array): string => {
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return text;
};

/**
 * Controls (tabs and newlines too), format characters (bidi overrides, zero-width
 * spaces), line separators, surrogates, private-use and unassigned code points: none
 * belongs in a name or a card field, and most mean the bytes were not text.
 */
const NOT_TEXT = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\uFFFD]/u;
const SOMETHING = /[\p{L}\p{N}]/u;

/**
 * A string shown as a holder field: trimmed, refused (null) when empty, without a letter or
 * digit, or holding a character of NOT_TEXT; cut to MAX_CARD_TEXT_CHARS with the truncation
 * mark, never inside a surrogate pair.
 */
export const cardText = (value: string): string | null => {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text.length === 0 || NOT_TEXT.test(text) || !SOMETHING.test(text)) return null;
  if (text.length <= MAX_CARD_TEXT_CHARS) return text;
  let end = MAX_CARD_TEXT_CHARS - TRUNCATION_MARK.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}${TRUNCATION_MARK}`;
};

/**
 * The text a data object's value holds, or null when it is not text. UTF-8 when the bytes
 * are valid UTF-8, else Latin-1 (older card fields); trailing NUL padding ignored. Binary
 * values fail on their controls (C0, and C1 in Latin-1) or on having no letter or digit.
 */
export const dataObjectText = (value: Uint8Array | null): string | null => {
  if (!(value instanceof Uint8Array) || value.length === 0 || value.length > MAX_CARD_TEXT_BYTES) return null;
  let end = value.length;
  while (end > 0 && value[end - 1] === 0) end -= 1;
  const bytes = value.subarray(0, end);
  let decoded: string;
  try {
    decoded = utf8.decode(bytes);
  } catch {
    decoded = latin1(bytes);
  }
  return cardText(decoded);
};
