/**
 * The DER builders, against encodings written out from X.690 and RFC 5280, and read back
 * with the toolkit's own decoders so encoder and reader cannot drift apart.
 */
import {
  bitString,
  booleanTrue,
  compareDer,
  contextConstructed,
  contextPrimitive,
  ia5Bytes,
  isDottedOid,
  namedBits,
  nullValue,
  objectIdentifier,
  octetString,
  printableString,
  sequence,
  setOf,
  unsignedInteger,
  utf8String,
} from '../../../src/shared/asn1/build.js';
import { Univ } from '../../../src/shared/asn1/tags.js';
import {
  childrenOf,
  contents,
  encoded,
  isContext,
  isUniversal,
  parseDer,
} from '../../../src/shared/asn1/tlv.js';
import {
  readBigInt,
  readBitString,
  readBoolean,
  readNull,
  readOctetString,
  readOid,
  readString,
  setBits,
} from '../../../src/shared/asn1/values.js';

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
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
    // The vault's PBES2 OIDs (RFC 8018).
    ['1.2.840.113549.1.5.13', '06092a864886f70d01050d'],
    ['1.2.840.113549.1.5.12', '06092a864886f70d01050c'],
    ['1.2.840.113549.2.9', '06082a864886f70d0209'],
    ['2.16.840.1.101.3.4.1.42', '060960864801650304012a'],
  ])('%s', (oid, expected) => {
    expect(hex(objectIdentifier(oid))).toBe(expected);
    expect(readOid(parseDer(objectIdentifier(oid)), 'x')).toBe(oid);
  });

  it.each(['0.0', '0.39', '1.39.0', '2.40', '2.5.4.3', '1.2.3.340282366920938463463374607431768211455.7'])(
    'reads %s back as written',
    (oid) => {
      expect(readOid(parseDer(objectIdentifier(oid)), 'x')).toBe(oid);
    },
  );

  it.each(['', '1', '3.1', '1.40', '1.2.', '1.02', '1..2', 'a.b'])('refuses %j', (oid) => {
    expect(isDottedOid(oid)).toBe(false);
    expect(() => objectIdentifier(oid)).toThrow();
  });
});

describe('unsignedInteger', () => {
  it.each([
    [0, '020100'],
    [1, '020101'],
    [127, '02017f'],
    [128, '02020080'], // top bit set: a leading 00 keeps it positive
    [255, '020200ff'],
    [256, '02020100'],
    [600_000, '02030927c0'],
    [2 ** 31, '02050080000000'],
    [Number.MAX_SAFE_INTEGER, '02071fffffffffffff'],
  ])('%d → %s', (n, expected) => {
    expect(hex(unsignedInteger(n))).toBe(expected);
    expect(readBigInt(parseDer(unsignedInteger(n)), 'x')).toBe(BigInt(n));
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])('refuses %d', (n) => {
    expect(() => unsignedInteger(n)).toThrow(RangeError);
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
    expect(setBits(readBitString(parseDer(namedBits(bits)), 'x'))).toEqual([...bits].sort((a, b) => a - b));
  });

  it('writes a plain BIT STRING with its unused-bits octet first', () => {
    expect(hex(bitString(bytes('0102')))).toBe('0303000102');
    const read = readBitString(parseDer(bitString(bytes('f0'), 4)), 'x');
    expect(read.unusedBits).toBe(4);
    expect(read.bytes).toEqual(bytes('f0'));
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

  it('does not reorder the caller array', () => {
    const input = [bytes('0500'), bytes('0101ff')];
    setOf(input);
    expect(input.map(hex)).toEqual(['0500', '0101ff']);
  });
});

describe('simple values', () => {
  it('NULL, BOOLEAN TRUE and OCTET STRING', () => {
    expect(hex(nullValue())).toBe('0500');
    expect(hex(booleanTrue())).toBe('0101ff');
    expect(hex(octetString(bytes('0102')))).toBe('04020102');
    expect(hex(octetString(new Uint8Array(0)))).toBe('0400');
    expect(() => readNull(parseDer(nullValue()), 'x')).not.toThrow();
    expect(readBoolean(parseDer(booleanTrue()), 'x')).toBe(true);
    expect(readOctetString(parseDer(octetString(bytes('0102'))), 'x')).toEqual(bytes('0102'));
  });

  it('long contents take a long-form length', () => {
    const der = octetString(new Uint8Array(300));
    expect(hex(der.subarray(0, 4))).toBe('0482012c');
    expect(readOctetString(parseDer(der), 'x').length).toBe(300);
  });

  it('character strings', () => {
    expect(hex(utf8String('Hé'))).toBe('0c0348c3a9');
    expect(hex(printableString('FR'))).toBe('13024652');
    expect(hex(ia5Bytes('a.fr'))).toBe('612e6672');
    expect(readString(parseDer(utf8String('Pâquerette ✓')), 'x')).toBe('Pâquerette ✓');
    expect(readString(parseDer(printableString('Rhone 69')), 'x')).toBe('Rhone 69');
  });
});

describe('constructed values', () => {
  it('SEQUENCE keeps the given order', () => {
    const der = sequence(unsignedInteger(0), nullValue());
    expect(hex(der)).toBe('30050201000500');
    expect(childrenOf(parseDer(der)).map((t) => hex(encoded(t)))).toEqual(['020100', '0500']);
    expect(hex(sequence())).toBe('3000');
  });

  it('context tags: [n] constructed and primitive', () => {
    const c = contextConstructed(0, setOf([nullValue()]));
    expect(hex(c)).toBe('a00431020500');
    expect(isContext(parseDer(c), 0)).toBe(true);
    const p = contextPrimitive(2, ia5Bytes('a.fr'));
    expect(hex(p)).toBe('8204612e6672');
    const t = parseDer(p);
    expect(isContext(t, 2) && !t.constructed).toBe(true);
    expect(hex(contents(t))).toBe('612e6672');
  });

  it('SET OF reads back as a SET', () => {
    expect(isUniversal(parseDer(setOf([nullValue()])), Univ.set)).toBe(true);
  });
});
