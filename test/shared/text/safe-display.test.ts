import {
  hasUnsafeCharacters,
  revealEscapes,
  safeDisplay,
  safeDisplayDeep,
} from '../../../src/shared/text/safe-display.js';

const cp = (...codes: number[]) => String.fromCodePoint(...codes);

describe('safeDisplay', () => {
  it('escapes bidi embeddings, overrides, isolates and marks', () => {
    const bidi = [
      0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x200e, 0x200f, 0x061c,
    ];
    for (const code of bidi) {
      const hex = code.toString(16).toUpperCase().padStart(4, '0');
      expect(safeDisplay(`a${cp(code)}b`)).toBe(`a\\u{${hex}}b`);
    }
    expect(safeDisplay(`CN=${cp(0x202e)}gpj.exe`)).toBe('CN=\\u{202E}gpj.exe');
  });

  it('escapes C0 controls (newline and tab included), DEL and C1 controls', () => {
    for (let code = 0; code <= 0x1f; code++) expect(hasUnsafeCharacters(cp(code))).toBe(true);
    for (let code = 0x7f; code <= 0x9f; code++) expect(hasUnsafeCharacters(cp(code))).toBe(true);
    expect(safeDisplay('a\nb\tc\r\u0000')).toBe('a\\u{000A}b\\u{0009}c\\u{000D}\\u{0000}');
    expect(safeDisplay('x\u007fy\u0085z\u009b')).toBe('x\\u{007F}y\\u{0085}z\\u{009B}');
  });

  it('escapes zero-width and other invisible format characters (Unicode Cf)', () => {
    const invisible = [
      0x200b, 0x200c, 0x200d, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xfeff, 0x00ad, 0x180e,
    ];
    for (const code of invisible) expect(safeDisplay(cp(code))).toMatch(/^\\u\{[0-9A-F]{4}\}$/);
    // Other Cf characters: Arabic number sign, interlinear annotation, a tag character.
    expect(safeDisplay(cp(0x0600, 0xfff9, 0xe0041))).toBe('\\u{0600}\\u{FFF9}\\u{E0041}');
    // Line and paragraph separators, and blank-looking fillers.
    expect(safeDisplay(cp(0x2028, 0x2029, 0x3164, 0x115f, 0x034f))).toBe(
      '\\u{2028}\\u{2029}\\u{3164}\\u{115F}\\u{034F}',
    );
  });

  it('leaves French accents, other scripts, emoji and surrogate pairs as they are', () => {
    const text = 'CN=Hôpital Saint-Étienne, O=Clinique Sœur Anne Æ, L=Besançon — ÀÉÈÊËÎÏÔÙÛÜŸÇ àéèêëîïôùûüÿç';
    expect(safeDisplay(text)).toBe(text);
    for (const other of ['Ελλάδα', 'Москва', 'القاهرة', '東京', 'e\u0301', '😀', '𝔸', '👍🏽']) {
      expect(safeDisplay(other)).toBe(other);
    }
  });

  it('escapes lone surrogates only', () => {
    expect(safeDisplay(`a\ud83db`)).toBe('a\\u{D83D}b');
    expect(safeDisplay(`\ude00`)).toBe('\\u{DE00}');
    expect(safeDisplay('\ud83d\ude00')).toBe('😀');
  });

  it('keeps the convention unambiguous and reversible', () => {
    // A literal "\u{202E}" in a name is not mistaken for an escape.
    expect(safeDisplay('a\\u{202E}b')).toBe('a\\u{005C}u{202E}b');
    expect(safeDisplay('C:\\dir\\file')).toBe('C:\\dir\\file');
    for (const raw of ['a\\u{202E}b', `x${cp(0x202e)}y\nz`, 'plain', '\\u{005C}', `\ud800`]) {
      expect(revealEscapes(safeDisplay(raw))).toBe(raw);
    }
  });

  it('applies to every string of a JSON value without touching numbers, booleans or null', () => {
    const value = { subject: `CN=${cp(0x202e)}x`, list: ['a\nb', 3, null, true], nested: { n: 1 } };
    expect(safeDisplayDeep(value)).toEqual({
      subject: 'CN=\\u{202E}x',
      list: ['a\\u{000A}b', 3, null, true],
      nested: { n: 1 },
    });
  });

  it('returns clean values as they are and copies only what it escapes', () => {
    const clean = { subject: 'CN=Dr Martin', list: ['a', 1], nested: { n: 'é' } };
    expect(safeDisplayDeep(clean)).toBe(clean);
    const dirty = { a: 'ok', b: { c: 'x\ny' }, d: { e: 'same' } };
    const shown = safeDisplayDeep(dirty);
    expect(shown).not.toBe(dirty);
    expect(shown.d).toBe(dirty.d);
    expect(shown.b).toEqual({ c: 'x\\u{000A}y' });
    expect(dirty.b.c).toBe('x\ny');
    // A key needing escapes is escaped; an own "__proto__" key stays a plain property.
    const hostile = JSON.parse('{"__proto__": "p", "k\\n": 1}') as Record<string, unknown>;
    const out = safeDisplayDeep(hostile);
    expect(Object.keys(out)).toEqual(['__proto__', 'k\\u{000A}']);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
  });
});
