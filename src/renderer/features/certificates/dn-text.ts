import { safeDisplay } from '../../../shared/text/safe-display.js';

/** RFC 4514 escapes: `\,` style for special characters, `\C3\A9` style for raw UTF-8 bytes. */
const unescapeValue = (raw: string): string => {
  const bytes: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const hex = raw[i] === '\\' ? /^[0-9A-Fa-f]{2}/.exec(raw.slice(i + 1, i + 3)) : null;
    if (hex) {
      bytes.push(parseInt(hex[0], 16));
      i += 2;
      continue;
    }
    const char = raw[i] === '\\' && i + 1 < raw.length ? raw[++i]! : raw[i]!;
    bytes.push(...new TextEncoder().encode(char));
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
};

/**
 * The CN of a name given only as RFC 4514 text (what a chain link carries), or null. The
 * text is scanned, not split on commas: `\,` inside a value is not a separator. Shown through
 * safeDisplay, like every name the inspector prints, so hidden characters stay visible.
 */
export const commonNameOf = (dn: string): string | null => {
  let start = 0;
  for (let i = 0; i <= dn.length; i++) {
    const char = dn[i];
    if (char === '\\') {
      i++;
      continue;
    }
    if (i < dn.length && char !== ',' && char !== '+') continue;
    const part = dn.slice(start, i);
    start = i + 1;
    const equals = part.indexOf('=');
    if (equals > 0 && part.slice(0, equals).trim().toUpperCase() === 'CN') {
      const value = unescapeValue(part.slice(equals + 1).trim());
      return value ? safeDisplay(value) : null;
    }
  }
  return null;
};
