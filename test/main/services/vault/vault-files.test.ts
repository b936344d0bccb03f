import { createHash, createPrivateKey, sign } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_KDF_ITERATIONS } from '../../../../src/main/services/vault/index.js';
import {
  allFileBytes,
  makeTempDir,
  openssl,
  opensslDecrypt,
  opensslSpki,
  openVault,
  PASSPHRASE,
  removeDir,
  verifiesWith,
} from './helpers/vault-fixture.js';

/**
 * The files on disk, checked with OpenSSL (which did not write them), at the real
 * production cost of 600,000 PBKDF2 iterations.
 */
describe('vault files on disk (real iteration count)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await makeTempDir();
  });
  afterAll(() => removeDir(dir));

  it('writes PBES2 / PBKDF2-HMAC-SHA256 / 600,000 / AES-256-CBC that OpenSSL opens; no clear key anywhere', async () => {
    expect(DEFAULT_KDF_ITERATIONS).toBe(600_000);
    const vault = openVault(dir, { iterations: DEFAULT_KDF_ITERATIONS });
    expect((await vault.setup({ mode: 'passphrase', passphrase: PASSPHRASE })).ok).toBe(true);
    const key = await vault.generate({ algorithm: 'RSA', bits: 3072, label: 'SERV_SSL www.example.fr' });
    if (!key.ok) throw new Error(key.error.message);
    const p8 = join(dir, `${key.value.keyId}.p8`);

    // Structure, as OpenSSL parses it.
    const asn1 = openssl(['asn1parse', '-in', p8]).toString('utf8');
    expect(asn1).toMatch(/OBJECT\s+:PBES2/);
    expect(asn1).toMatch(/OBJECT\s+:PBKDF2/);
    expect(asn1).toMatch(/OBJECT\s+:hmacWithSHA256/);
    expect(asn1).toMatch(/OBJECT\s+:aes-256-cbc/);
    expect(asn1).toMatch(/INTEGER\s+:0927C0\b/); // 600,000
    const octets = [...asn1.matchAll(/OCTET STRING\s+\[HEX DUMP\]:([0-9A-F]+)/g)].map(
      (m) => (m[1] ?? '').length / 2,
    );
    expect(octets.slice(0, 2)).toEqual([16, 16]); // salt, IV
    const vaultJson = JSON.parse(await readFile(join(dir, 'vault.json'), 'utf8')) as {
      verifier: { iterations: number };
    };
    expect(vaultJson.verifier.iterations).toBe(600_000);

    // OpenSSL decrypts it with the passphrase; the key is the one the record describes.
    const pkcs8 = opensslDecrypt(p8, PASSPHRASE);
    const spki = opensslSpki(p8, PASSPHRASE);
    expect(spki.equals(Buffer.from(key.value.spkiDer))).toBe(true);
    expect(createHash('sha256').update(spki).digest('hex').toUpperCase()).toBe(key.value.spkiSha256);
    expect(() => opensslDecrypt(p8, `${PASSPHRASE}!`)).toThrow();

    // The vault's signature verifies, and equals OpenSSL's key signing the same bytes
    // (PKCS#1 v1.5 is deterministic): same key, same scheme.
    const data = new TextEncoder().encode('interop');
    const sig = await vault.sign(key.value.keyId, data);
    if (!sig.ok) throw new Error(sig.error.message);
    expect(verifiesWith(key.value.spkiDer, data, sig.value)).toBe(true);
    const reference = sign('sha256', data, createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' }));
    expect(Buffer.from(sig.value).equals(reference)).toBe(true);

    // Nothing in the folder holds the key in clear, in any usual encoding, nor the passphrase.
    const jwk = createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' }).export({ format: 'jwk' });
    const secretParts = [jwk.d, jwk.p, jwk.q].map((b64url) => Buffer.from(b64url ?? '', 'base64url'));
    expect(secretParts.every((part) => part.length >= 128)).toBe(true);
    const files = await allFileBytes(dir);
    expect(files.map((f) => f.name).sort()).toEqual(
      [`${key.value.keyId}.json`, `${key.value.keyId}.p8`, 'vault.json'].sort(),
    );
    for (const { name, bytes } of files) {
      const text = bytes.toString('latin1');
      expect(text, name).not.toContain('BEGIN PRIVATE KEY');
      expect(text, name).not.toContain('BEGIN RSA PRIVATE KEY');
      expect(bytes.includes(pkcs8), name).toBe(false);
      expect(text.replace(/\s/g, ''), name).not.toContain(pkcs8.toString('base64').slice(0, 200));
      for (const part of secretParts) {
        expect(bytes.includes(part.subarray(0, 32)), name).toBe(false);
        expect(text, name).not.toContain(part.toString('base64url').slice(0, 40));
        expect(text, name).not.toContain(part.toString('hex').slice(0, 64));
      }
      expect(text, name).not.toContain(PASSPHRASE);
      expect((await stat(join(dir, name))).mode & 0o777, name).toBe(0o600);
    }
  });
});
