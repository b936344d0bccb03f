import { bigIntOf } from '../../../src/shared/asn1/values.js';

/** Regression found by fuzzing (test/fuzz): INTEGER contents become a bigint in linear time. */
describe('bigIntOf', () => {
  it.each([
    [[], 0n],
    [[0x00], 0n],
    [[0x01], 1n],
    [[0x7f], 127n],
    [[0x00, 0xff], 255n],
    [[0x01, 0x00], 256n],
    [[0xff], -1n],
    [[0x80], -128n],
    [[0xff, 0x7f], -129n],
    [[0x00, 0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00], 2n ** 63n],
  ])('reads %j as %s', (bytes, value) => {
    expect(bigIntOf(Uint8Array.from(bytes))).toBe(value);
  });

  it('reads a 2 MB INTEGER (a hostile serial or CRL number) at once, not byte by byte', () => {
    const bytes = new Uint8Array(2_000_000).fill(0x11);
    const n = bigIntOf(bytes);
    expect(n.toString(16)).toBe('11'.repeat(2_000_000));
    expect(bigIntOf(Uint8Array.of(0x80, ...new Uint8Array(99_999)))).toBe(-(2n ** 799_999n));
  });
});
