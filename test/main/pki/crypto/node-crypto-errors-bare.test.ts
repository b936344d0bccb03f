import { createPublicKey } from 'node:crypto';
import { isCryptoDecodeError } from '../../../../src/main/pki/crypto/index.js';
import { describeCsr } from '../../../../src/main/pki/describe/index.js';
import { buildCsr, testEcKey } from '../describe/helpers/objects.js';

/**
 * Regression found by fuzzing (test/fuzz): when OpenSSL's decoder fails without an error of
 * its own, node:crypto throws a bare Error('Failed to read asymmetric key'). That is a key
 * that cannot be read, not a bug: a CSR holding one is a ReadError, not a crash.
 */
const der = (...parts: number[][]): Buffer => Buffer.from(parts.flat());
const len = (n: number): number[] => (n < 0x80 ? [n] : [0x82, n >> 8, n & 0xff]);
const tlv = (tag: number, body: number[]): number[] => [tag, ...len(body.length), ...body];

/** An EC SPKI whose algorithm OID has a 2,000-byte arc. */
const hugeArcSpki = (): Buffer => {
  const oid = tlv(0x06, [...new Array<number>(2_000).fill(0x81), 0x00]);
  const algorithm = tlv(0x30, [...oid, ...tlv(0x06, [0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07])]);
  return der(tlv(0x30, [...algorithm, ...tlv(0x03, [0x00, 0x04, ...new Array<number>(64).fill(1)])]));
};

describe('a key OpenSSL fails to read without saying why', () => {
  it('is a crypto decode error', () => {
    let thrown: unknown = null;
    try {
      createPublicKey({ key: hugeArcSpki(), format: 'der', type: 'spki' });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect(isCryptoDecodeError(thrown)).toBe(true);
  });

  it('makes a CSR that carries it a ReadError, with no unexpected exception behind it', async () => {
    const csr = buildCsr({ key: { ...testEcKey(), spki: new Uint8Array(hugeArcSpki()) } });
    const r = await describeCsr(csr);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.signatureValid).not.toBe(true);
  });
});
