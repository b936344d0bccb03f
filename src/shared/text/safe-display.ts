/**
 * Text from a certificate or a file name is attacker-controlled: a right-to-left override
 * (U+202E) can make "gpj.exe" read "exe.jpg", a newline can forge a line of a report, a
 * zero-width space can make two different names look the same. Before such text is shown
 * (terminal, JSON for people, UI), every character that is invisible or moves other text
 * is written as `\u{XXXX}` (upper-case hex code point, at least 4 digits):
 *
 * - C0 and C1 controls, DEL (Unicode Cc: U+0000–U+001F, U+007F–U+009F), newlines and tabs
 *   included — a name needs none of them;
 * - format characters (Unicode Cf): bidi embeddings, overrides and isolates (U+202A–U+202E,
 *   U+2066–U+2069), marks (U+200E, U+200F, U+061C), zero-width characters (U+200B–U+200D,
 *   U+2060–U+2064), U+FEFF, the soft hyphen U+00AD, U+180E, tag characters…;
 * - line and paragraph separators (U+2028, U+2029);
 * - lone surrogates (not valid text; a well-formed surrogate pair is one character and kept);
 * - blank-looking letters that render as nothing (Hangul fillers U+115F, U+1160, U+3164,
 *   U+FFA0; U+034F; U+17B4, U+17B5).
 *
 * So that the convention stays unambiguous, a backslash already followed by `u{` is itself
 * written `\u{005C}`: every `\u{` in the output is an escape, and `revealEscapes` gives the
 * original back. Everything else (accents, other scripts, emoji) is left as it is. The raw
 * value stays in the data; only what is displayed goes through this.
 */
// U+034F, U+17B4 and U+17B5 are combining marks: outside the class, matched on their own.
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\u115F\u1160\u3164\uFFA0]|\u034F|\u17B4|\u17B5|\\(?=u\{)/gu;

const escapeOne = (char: string): string =>
  `\\u{${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}}`;

/** The same class without the global flag: `test` then keeps no state between calls. */
const ANY_UNSAFE = new RegExp(UNSAFE.source, 'u');

export const safeDisplay = (text: string): string =>
  // Almost every text is clean: testing first returns it as is, with no copy.
  ANY_UNSAFE.test(text) ? text.replace(UNSAFE, escapeOne) : text;

/** Whether `safeDisplay` would change this text (for a "contains hidden characters" hint). */
export const hasUnsafeCharacters = (text: string): boolean => safeDisplay(text) !== text;

/** The inverse of `safeDisplay`: the original text from its display form. */
export const revealEscapes = (shown: string): string =>
  shown.replace(/\\u\{([0-9A-F]{4,6})\}/g, (escape, hex: string) => {
    const code = parseInt(hex, 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : escape;
  });

/**
 * `safeDisplay` on every string inside a JSON-like value (objects, arrays), keys included.
 * Copy on write: a value with nothing to escape comes back as the same object, so the CLI's
 * thousands of clean rows cost a walk, not a copy of each.
 */
export const safeDisplayDeep = <T>(value: T): T => {
  if (typeof value === 'string') return safeDisplay(value) as T;
  if (Array.isArray(value)) {
    let out: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      const shown = safeDisplayDeep(v);
      if (shown !== v && out === null) out = value.slice(0, i);
      out?.push(shown);
    }
    return (out ?? value) as T;
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    let out: [string, unknown][] | null = null;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i] as string;
      const v = record[k];
      const key = safeDisplay(k);
      const inner = safeDisplayDeep(v);
      if (out === null && (key !== k || inner !== v))
        out = keys.slice(0, i).map((before): [string, unknown] => [before, record[before]]);
      out?.push([key, inner]);
    }
    // fromEntries defines properties: a "__proto__" key stays data, not a prototype.
    return (out ? Object.fromEntries(out) : value) as T;
  }
  return value;
};
