/**
 * Parsers of untrusted text that report the one failure they are expected to meet and let
 * everything else through. A bare `catch {}` would also turn a bug (a TypeError in our own
 * code, an out-of-memory) into "not JSON" or "not a URL"; these catch only the parser's own
 * error class. (URLs: `URL.canParse`, which throws nothing.)
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false };

export const parseJson = (text: string): Parsed<unknown> => {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    if (e instanceof SyntaxError) return { ok: false };
    throw e;
  }
};

/** decodeURIComponent, with a malformed %-sequence reported as null. */
export const decodeUriComponentOrNull = (text: string): string | null => {
  try {
    return decodeURIComponent(text);
  } catch (e) {
    if (e instanceof URIError) return null;
    throw e;
  }
};
