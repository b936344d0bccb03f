import { describe, expect, it } from 'vitest';
import { decodeUriComponentOrNull, parseJson } from '../../src/shared/parse-text.js';

describe('parse-text', () => {
  it('parses JSON or says it is not JSON', () => {
    expect(parseJson('{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
    expect(parseJson('{"a":')).toEqual({ ok: false });
    expect(parseJson('')).toEqual({ ok: false });
  });

  it('decodes %-escapes or returns null for a malformed one', () => {
    expect(decodeUriComponentOrNull('a%20b')).toBe('a b');
    expect(decodeUriComponentOrNull('%E0%A4%A')).toBeNull();
    expect(decodeUriComponentOrNull('%')).toBeNull();
  });
});
