import { generateKeyPairSync } from 'node:crypto';
import { publicKeyFacts } from '../../../../src/main/pki/keys/key-view.js';
import { readFile } from '../../../../src/main/pki/reader/index.js';

/**
 * Regression found by fuzzing (test/fuzz): an RSA key's size is read from its SPKI, not from
 * node:crypto's asymmetricKeyDetails, which also turns the public exponent into a bigint in
 * more than quadratic time (a 140 KB exponent: 10 s; a 1 MB one: hours).
 */
const len = (n: number): number[] =>
  n < 0x80 ? [n] : n < 0x10000 ? [0x82, n >> 8, n & 0xff] : [0x83, n >> 16, (n >> 8) & 0xff, n & 0xff];
const tlv = (tag: number, body: Uint8Array): Uint8Array =>
  new Uint8Array([tag, ...len(body.length), ...body]);
const cat = (...parts: Uint8Array[]): Uint8Array => new Uint8Array(Buffer.concat(parts));

/** An RSA-2048 SPKI whose public exponent is `bytes` long. */
const spkiWithExponent = (bytes: number): Uint8Array => {
  const modulus = tlv(0x02, new Uint8Array([0, ...new Array<number>(256).fill(0xc3)]));
  const exponent = tlv(0x02, new Uint8Array(bytes).fill(0x41));
  const algorithm = tlv(0x30, new Uint8Array([6, 9, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 1, 1, 1, 5, 0]));
  return tlv(0x30, cat(algorithm, tlv(0x03, cat(Uint8Array.of(0), tlv(0x30, cat(modulus, exponent))))));
};

describe('RSA key sizes', () => {
  it('of a public key file whose exponent is 1 MB long', async () => {
    const r = await readFile(spkiWithExponent(1_000_000));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.warnings[0]?.message).toContain('2048-bit RSA public key');
  });

  it.each([1024, 2047, 4096])(
    'agree with node:crypto for a %i-bit key, private and public halves',
    (bits) => {
      const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: bits });
      expect(publicKeyFacts(privateKey)).toEqual({ algorithm: 'RSA', size: bits, curve: null });
      expect(publicKeyFacts(publicKey).size).toBe(publicKey.asymmetricKeyDetails?.modulusLength);
    },
  );

  it('of an RSA-PSS key', () => {
    const { privateKey } = generateKeyPairSync('rsa-pss', { modulusLength: 2048 });
    expect(publicKeyFacts(privateKey)).toEqual({ algorithm: 'RSA-PSS', size: 2048, curve: null });
  });
});
