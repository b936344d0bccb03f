/** The DER primitives, against encodings written out from X.690 and RFC 5280. */
import {
  compareDer,
  isDottedOid,
  namedBits,
  objectIdentifier,
  setOf,
} from '../../../../src/main/services/csr/der.js';
import { hex } from './helpers/der.js';

const bytes = (h: string): Uint8Array => Uint8Array.from(Buffer.from(h, 'hex'));

describe('objectIdentifier', () => {
  it.each([
    ['1.2.840.113549.1.9.14', '06092a864886f70d01090e'],
    ['1.2.840.113549.1.1.11', '06092a864886f70d01010b'],
    ['2.5.29.37.0', '0604551d2500'],
    ['2.5.4.42', '060355042a'],
    ['1.2.250.1.71.1.2.5', '06082a817a0147010205'],
    // X.690 §8.19.5 example: 2.999.3 → 88 37 03.
    ['2.999.3', '0603883703'],
  ])('%s', (oid, expected) => {
    expect(hex(objectIdentifier(oid))).toBe(expected);
  });

  it.each(['', '1', '3.1', '1.40', '1.2.', '1.02', '1..2', 'a.b'])('refuses %j', (oid) => {
    expect(isDottedOid(oid)).toBe(false);
    expect(() => objectIdentifier(oid)).toThrow();
  });
});

describe('namedBits (KeyUsage)', () => {
  it.each([
    [[0], '03020780'],
    [[1], '03020640'],
    [[2], '03020520'],
    [[0, 1], '030206c0'],
    [[0, 2], '030205a0'],
    [[8], '0303070080'], // decipherOnly spills into a second octet
    [[], '030100'],
  ])('%j → %s', (bits, expected) => {
    expect(hex(namedBits(bits))).toBe(expected);
  });
});

describe('SET OF ordering (X.690 §11.6)', () => {
  it('compares encodings as octet strings, the shorter padded with zeros', () => {
    expect(compareDer(bytes('3003'), bytes('3004'))).toBeLessThan(0);
    expect(compareDer(bytes('300b'), bytes('3013'))).toBeLessThan(0);
    expect(compareDer(bytes('01'), bytes('0100'))).toBe(0);
    expect(compareDer(bytes('01'), bytes('0101'))).toBeLessThan(0);
  });

  it('sorts by length octet before content: a longer surname comes after a shorter given name', () => {
    const sn = bytes('300a0603550404' + '0c03414243');
    const gn = bytes('3009060355042a' + '0c024142');
    expect(hex(setOf([sn, gn]))).toBe(`3117${hex(gn)}${hex(sn)}`);
  });

  it('leaves a one-element SET unchanged', () => {
    expect(hex(setOf([bytes('0500')]))).toBe('31020500');
  });
});
