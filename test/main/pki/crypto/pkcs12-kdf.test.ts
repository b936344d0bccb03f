import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { bmpPassword, passwordCandidates } from '../../../../src/main/pki/crypto/password.js';
import { pkcs12Kdf, type Pkcs12Hash } from '../../../../src/main/pki/crypto/pkcs12-kdf.js';
import { createBudget } from '../../../../src/main/pki/crypto/work-budget.js';
import { ReaderFailure } from '../../../../src/main/pki/reader/read-error.js';

const hex = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'hex'));
const toHex = (b: Uint8Array): string => Buffer.from(b).toString('hex').toUpperCase();

/**
 * Published PKCS#12 KDF vectors (Dr S. Henson's set, as used by OpenSSL and BouncyCastle):
 * password, salt, ID, iterations, expected output.
 */
const PUBLISHED: [string, string, 1 | 2 | 3, number, string][] = [
  ['smeg', '0A58CF64530D823F', 1, 1, '8AAAE6297B6CB04642AB5B077851284EB7128F1A2A7FBCA3'],
  ['smeg', '0A58CF64530D823F', 2, 1, '79993DFE048D3B76'],
  ['smeg', '3D83C0E4546AC140', 3, 1, '8D967D88F6CAA9D714800AB3D48051D63F73A312'],
  ['queeg', '05DEC959ACFF72F7', 1, 1000, 'ED2034E36328830FF09DF1E1A07DD357185DAC0D4F9EB3D4'],
  ['queeg', '1682C0FC5B3F7EC5', 3, 1000, '022DB40D747DA404972B3144296BA4B80A96B1F3'],
];

describe('PKCS#12 KDF (RFC 7292 appendix B)', () => {
  it.each(PUBLISHED)(
    'password %s, salt %s, ID %i, %i iteration(s)',
    async (password, salt, id, iterations, expected) => {
      const out = await pkcs12Kdf(
        'sha1',
        bmpPassword(password),
        hex(salt),
        id,
        iterations,
        expected.length / 2,
        createBudget(),
      );
      expect(toHex(out)).toBe(expected);
    },
  );

  // OpenSSL 3's PKCS12KDF takes the password bytes as given: we pass it the BMPString.
  it.each(['sha256', 'sha384', 'sha512', 'sha224'] as Pkcs12Hash[])(
    'agrees with openssl kdf PKCS12KDF for %s',
    async (digest) => {
      const password = bmpPassword('Pässwörd ☺');
      const salt = randomBytes(16);
      for (const [id, length] of [
        [1, 32],
        [2, 16],
        [3, 77],
      ] as const) {
        const expected = execFileSync(
          '/usr/bin/openssl',
          [
            'kdf',
            '-keylen',
            String(length),
            '-kdfopt',
            `digest:${digest.toUpperCase()}`,
            '-kdfopt',
            `hexpass:${toHex(password)}`,
            '-kdfopt',
            `hexsalt:${toHex(salt)}`,
            '-kdfopt',
            'iter:3',
            '-kdfopt',
            `id:${id}`,
            'PKCS12KDF',
          ],
          { encoding: 'utf8' },
        ).replace(/[:\s]/g, '');
        expect(toHex(await pkcs12Kdf(digest, password, salt, id, 3, length, createBudget()))).toBe(expected);
      }
    },
  );

  it('charges its work to the budget and stops when it runs out', async () => {
    const budget = { remaining: 100 };
    await expect(pkcs12Kdf('sha1', bmpPassword('x'), hex('00'), 1, 60, 24, budget)).rejects.toBeInstanceOf(
      ReaderFailure,
    );
  });
});

describe('password encodings', () => {
  it('writes BMPString with a NUL terminator; "" is two zero bytes', () => {
    expect(toHex(bmpPassword('ab'))).toBe('006100620000');
    expect(toHex(bmpPassword(''))).toBe('0000');
  });

  it('tries the absent password for "" and the pre-1.1 OpenSSL encoding for non-ASCII', () => {
    expect(passwordCandidates('').map((c) => toHex(c.bmp))).toEqual(['0000', '']);
    expect(passwordCandidates('é').map((c) => toHex(c.bmp))).toEqual(['00E90000', '00C300A90000']);
    expect(passwordCandidates(' pass ').map((c) => Buffer.from(c.utf8).toString())).toEqual([' pass ']);
  });
});
