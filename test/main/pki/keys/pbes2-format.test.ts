import { generateKeyPairSync } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decryptPkcs8, encryptPkcs8 } from '../../../../src/main/pki/keys/pbes2-crypto.js';
import {
  encodeEncryptedPrivateKeyInfo,
  parseEncryptedPrivateKeyInfo,
  type Pbes2Envelope,
} from '../../../../src/main/pki/keys/pbes2-format.js';
import { decodePem, encodePem } from '../../../../src/main/pki/keys/key-pem.js';
import { MAX_KDF_ITERATIONS } from '../../../../src/shared/limits.js';
import {
  makeTempDir,
  openssl,
  opensslDecrypt,
  removeDir,
} from '../../services/vault/helpers/vault-fixture.js';

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const pkcs8 = new Uint8Array(privateKey.export({ type: 'pkcs8', format: 'der' }));

const envelope = (over: Partial<Pbes2Envelope> = {}): Pbes2Envelope => ({
  salt: new Uint8Array(16).fill(1),
  iterations: 1000,
  iv: new Uint8Array(16).fill(2),
  ciphertext: new Uint8Array(32).fill(3),
  ...over,
});

describe('vault PBES2 format', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await makeTempDir('vigie-pbes2-');
  });
  afterAll(() => removeDir(dir));

  it('encrypts, parses back and decrypts to the same PKCS#8 bytes', async () => {
    const der = await encryptPkcs8(pkcs8, utf8('secret'), 1000);
    const parsed = parseEncryptedPrivateKeyInfo(der);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value.iterations).toBe(1000);
    expect(parsed.value.salt.length).toBe(16);
    expect(parsed.value.iv.length).toBe(16);
    expect(await decryptPkcs8(parsed.value, utf8('secret'))).toEqual(pkcs8);
    // A wrong secret does not open it (bad padding or not a PrivateKeyInfo).
    const wrong = await decryptPkcs8(parsed.value, utf8('Secret'));
    expect(wrong === null || !Buffer.from(wrong).equals(Buffer.from(pkcs8))).toBe(true);
  });

  it('uses a fresh salt and IV each time', async () => {
    const a = parseEncryptedPrivateKeyInfo(await encryptPkcs8(pkcs8, utf8('s'), 1));
    const b = parseEncryptedPrivateKeyInfo(await encryptPkcs8(pkcs8, utf8('s'), 1));
    if (!a.ok || !b.ok) throw new Error('parse failed');
    expect(Buffer.from(a.value.salt).equals(Buffer.from(b.value.salt))).toBe(false);
    expect(Buffer.from(a.value.iv).equals(Buffer.from(b.value.iv))).toBe(false);
  });

  it('opens what OpenSSL writes with the same scheme, and OpenSSL opens ours', async () => {
    const plainPath = join(dir, 'plain.pem');
    await writeFile(plainPath, encodePem('PRIVATE KEY', pkcs8));
    const ours = join(dir, 'ours.p8');
    await writeFile(
      ours,
      encodePem('ENCRYPTED PRIVATE KEY', await encryptPkcs8(pkcs8, utf8('pâss wörd'), 2048)),
    );
    expect(opensslDecrypt(ours, 'pâss wörd').equals(Buffer.from(pkcs8))).toBe(true);

    const theirs = openssl(
      [
        'pkcs8',
        '-topk8',
        '-in',
        plainPath,
        '-v2',
        'aes-256-cbc',
        '-v2prf',
        'hmacWithSHA256',
        '-iter',
        '3000',
      ].concat(['-passout', 'env:VIGIE_TEST_SECRET']),
      'pâss wörd',
    ).toString('utf8');
    const der = decodePem(theirs, 'ENCRYPTED PRIVATE KEY');
    if (der === null) throw new Error('no PEM from openssl');
    const parsed = parseEncryptedPrivateKeyInfo(der);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value.iterations).toBe(3000);
    expect(await decryptPkcs8(parsed.value, utf8('pâss wörd'))).toEqual(pkcs8);
  });

  it('refuses other schemes OpenSSL can write (SHA-1 PRF, AES-128, PKCS#12 PBE)', () => {
    const plainPath = join(dir, 'plain.pem');
    const variants = [
      ['-v2', 'aes-256-cbc', '-v2prf', 'hmacWithSHA1'],
      ['-v2', 'aes-128-cbc', '-v2prf', 'hmacWithSHA256'],
      ['-v1', 'PBE-SHA1-3DES'],
    ];
    for (const v of variants) {
      const pem = openssl(['pkcs8', '-topk8', '-in', plainPath, ...v, '-passout', 'pass:x']).toString('utf8');
      const der = decodePem(pem, 'ENCRYPTED PRIVATE KEY');
      if (der === null) throw new Error('no PEM');
      expect(parseEncryptedPrivateKeyInfo(der).ok, v.join(' ')).toBe(false);
    }
  });

  it('refuses iteration counts past MAX_KDF_ITERATIONS, and zero, before any work', () => {
    for (const iterations of [MAX_KDF_ITERATIONS + 1, 2 ** 40, 0]) {
      const parsed = parseEncryptedPrivateKeyInfo(encodeEncryptedPrivateKeyInfo(envelope({ iterations })));
      expect(parsed.ok).toBe(false);
    }
    expect(
      parseEncryptedPrivateKeyInfo(
        encodeEncryptedPrivateKeyInfo(envelope({ iterations: MAX_KDF_ITERATIONS })),
      ).ok,
    ).toBe(true);
  });

  it('refuses damaged envelopes: wrong IV size, ragged ciphertext, trailing bytes, truncation', () => {
    const good = encodeEncryptedPrivateKeyInfo(envelope());
    expect(parseEncryptedPrivateKeyInfo(good).ok).toBe(true);
    expect(
      parseEncryptedPrivateKeyInfo(encodeEncryptedPrivateKeyInfo(envelope({ iv: new Uint8Array(8) }))).ok,
    ).toBe(false);
    expect(
      parseEncryptedPrivateKeyInfo(
        encodeEncryptedPrivateKeyInfo(envelope({ ciphertext: new Uint8Array(33) })),
      ).ok,
    ).toBe(false);
    expect(parseEncryptedPrivateKeyInfo(Uint8Array.from([...good, 0])).ok).toBe(false);
    for (let cut = 0; cut < good.length; cut += 7)
      expect(parseEncryptedPrivateKeyInfo(good.subarray(0, cut)).ok).toBe(false);
  });

  it('reads PEM strictly: one block of the asked label', () => {
    const pem = encodePem('ENCRYPTED PRIVATE KEY', new Uint8Array([1, 2, 3]));
    expect(decodePem(pem, 'ENCRYPTED PRIVATE KEY')).toEqual(new Uint8Array([1, 2, 3]));
    expect(decodePem(pem, 'PRIVATE KEY')).toBeNull();
    expect(decodePem(pem + pem, 'ENCRYPTED PRIVATE KEY')).toBeNull();
    expect(decodePem(pem.replace('AQID', 'AQ!D'), 'ENCRYPTED PRIVATE KEY')).toBeNull();
  });
});
