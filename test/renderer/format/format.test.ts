import { formatDate, formatDateTime, formatNumber, sizeParts } from '../../../src/renderer/format/format.js';

/**
 * Dates and numbers follow the language the user chose (issue 12): French by default, as a
 * French reader writes them, not as the machine's default locale would.
 */
// Intl separates French thousands with a narrow no-break space (U+202F).
const NNBSP = '\u202f';

describe('dates and numbers in the user’s language', () => {
  const iso = '2028-04-25T10:00:00.000Z';

  it('writes dates in words, day first, in French and in English', () => {
    expect(formatDate(iso, 'fr')).toBe('25 avril 2028');
    expect(formatDate(iso, 'en')).toBe('25 April 2028');
    expect(formatDateTime(iso, 'fr')).toMatch(/^25 avril 2028 (à )?\d{2}:\d{2}:\d{2} /);
  });

  it('groups thousands and writes decimals as each language does', () => {
    expect(formatNumber(10_000, 'fr')).toBe(`10${NNBSP}000`);
    expect(formatNumber(10_000, 'en')).toBe('10,000');
    expect(formatNumber(1.25, 'fr', 1)).toBe('1,3');
    expect(formatNumber(1.25, 'en', 1)).toBe('1.3');
    expect(sizeParts(1_572_864, 'fr')).toEqual({ unit: 'mib', value: '1,5' });
  });
});
