import { createPrivateKey, createPublicKey, X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isCryptoDecodeError } from '../../../../src/main/pki/crypto/index.js';

const thrown = (f: () => unknown): unknown => {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
};

describe('isCryptoDecodeError', () => {
  it('recognises what node:crypto throws on undecodable input', () => {
    const garbage = Buffer.from([1, 2, 3]);
    expect(
      isCryptoDecodeError(thrown(() => createPublicKey({ key: garbage, format: 'der', type: 'spki' }))),
    ).toBe(true);
    expect(
      isCryptoDecodeError(
        thrown(() => createPrivateKey({ key: Buffer.from([48, 3, 2, 1, 0]), format: 'der', type: 'pkcs8' })),
      ),
    ).toBe(true);
    expect(isCryptoDecodeError(thrown(() => new X509Certificate(garbage)))).toBe(true);
  });

  it('lets bugs through', () => {
    expect(isCryptoDecodeError(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBe(
      false,
    );
    expect(isCryptoDecodeError(new RangeError('Maximum call stack size exceeded'))).toBe(false);
    expect(isCryptoDecodeError('ERR_OSSL')).toBe(false);
  });
});
