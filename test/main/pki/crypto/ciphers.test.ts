import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rc2CbcDecrypt, rc2DecryptBlock, rc2ExpandKey } from '../../../../src/main/pki/crypto/rc2.js';
import { rc4 } from '../../../../src/main/pki/crypto/rc4.js';
import { unpad } from '../../../../src/main/pki/crypto/pbe-decrypt.js';

const hex = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'hex'));
const toHex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

/** RFC 2268 section 5: key, effective key bits, plaintext, ciphertext. */
const RFC2268: [string, number, string, string][] = [
  ['0000000000000000', 63, '0000000000000000', 'ebb773f993278eff'],
  ['ffffffffffffffff', 64, 'ffffffffffffffff', '278b27e42e2f0d49'],
  ['3000000000000000', 64, '1000000000000001', '30649edf9be7d2c2'],
  ['88', 64, '0000000000000000', '61a8a244adacccf0'],
  ['88bca90e90875a', 64, '0000000000000000', '6ccf4308974c267f'],
  ['88bca90e90875a7f0f79c384627bafb2', 64, '0000000000000000', '1a807d272bbe5db1'],
  ['88bca90e90875a7f0f79c384627bafb2', 128, '0000000000000000', '2269552ab0f85ca6'],
  [
    '88bca90e90875a7f0f79c384627bafb216f80a6f85920584c42fceb0be255daf1e',
    129,
    '0000000000000000',
    '5b78d3a43dfff1f1',
  ],
];

describe('RC2 (RFC 2268)', () => {
  it.each(RFC2268)('decrypts the RFC vector for key %s / %i bits', (key, bits, plain, cipher) => {
    const block = hex(cipher);
    rc2DecryptBlock(rc2ExpandKey(hex(key), bits), block);
    expect(toHex(block)).toBe(plain);
  });

  // OpenSSL's legacy provider is the reference for CBC mode as PKCS#12 uses it (40 and 128 bits).
  it.each([
    ['rc2-40-cbc', 5],
    ['rc2-cbc', 16],
  ] as const)('agrees with openssl %s', (cipher, keyLength) => {
    const key = randomBytes(keyLength);
    const iv = randomBytes(8);
    const plain = randomBytes(53);
    const encrypted = execFileSync(
      '/usr/bin/openssl',
      [
        'enc',
        `-${cipher}`,
        '-provider',
        'legacy',
        '-provider',
        'default',
        '-K',
        toHex(key),
        '-iv',
        toHex(iv),
      ],
      { input: plain },
    );
    const decrypted = unpad(rc2CbcDecrypt(key, keyLength * 8, iv, new Uint8Array(encrypted)), 8);
    expect(decrypted === null ? null : toHex(decrypted)).toBe(toHex(plain));
  });
});

describe('RC4', () => {
  it('matches RFC 6229 (40-bit key 0102030405, first 16 keystream bytes)', () => {
    expect(toHex(rc4(hex('0102030405'), new Uint8Array(16)))).toBe('b2396305f03dc027ccc3524a0a1118a8');
  });
});

describe('PKCS#7 unpadding', () => {
  it('accepts valid padding and rejects the rest', () => {
    expect(unpad(hex('41420606060606060606'.slice(0, 16)), 8)).toEqual(hex('4142'));
    expect(unpad(hex('4142434445464701'), 8)).toEqual(hex('41424344454647'));
    expect(unpad(hex('4142434445460302'), 8)).toBeNull();
    expect(unpad(hex('4142434445464700'), 8)).toBeNull();
    expect(unpad(hex('0909090909090909'), 8)).toBeNull();
  });
});
