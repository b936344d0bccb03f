import { luhnCheckDigit, luhnValid } from '../../../src/shared/identifiers/index.js';

describe('Luhn', () => {
  it('accepts and refuses textbook examples', () => {
    expect(luhnValid('79927398713')).toBe(true);
    expect(luhnValid('79927398710')).toBe(false);
    expect(luhnCheckDigit('7992739871')).toBe(3);
    expect(luhnCheckDigit('18751275')).toBe(1); // ANS SIREN 187512751
  });

  it('refuses anything that is not ASCII digits', () => {
    for (const s of ['', ' ', '7992 7398 713', '٧٩٩', '0x10', '-18', '1e3']) expect(luhnValid(s)).toBe(false);
    expect(luhnCheckDigit('12a')).toBeNull();
    expect(luhnCheckDigit('')).toBeNull();
  });

  it('detects every single-digit change of a keyed number', () => {
    const seeds = ['1', '18751275', '3560000000004', '0000000000', '987654321987654'];
    for (const payload of seeds) {
      const full = payload + String(luhnCheckDigit(payload));
      expect(luhnValid(full)).toBe(true);
      for (let i = 0; i < full.length; i++) {
        for (let d = 0; d <= 9; d++) {
          if (String(d) === full[i]) continue;
          const changed = full.slice(0, i) + String(d) + full.slice(i + 1);
          expect(luhnValid(changed), changed).toBe(false);
        }
      }
    }
  });
});
