import { createHash, createPrivateKey, sign, verify, X509Certificate } from 'node:crypto';
import type { ExportProfile } from '../../../../src/main/pki/export/pbe-encrypt.js';
import { writePkcs12 } from '../../../../src/main/pki/export/write-pkcs12.js';
import { readFile } from '../../../../src/main/pki/reader/index.js';
import { fixtureChain, type FixtureChain } from '../../services/export/helpers/fixture-chain.js';
import { hasTool, importIntoNss, run, tempFile } from '../../services/export/helpers/tools.js';

/**
 * Files written for both profiles, then opened by our reader, OpenSSL 3 and NSS (pk12util):
 * three independent PKCS#12 implementations must agree before a profile is called working.
 */

const PASSWORD = 'Mot de passe 2026 !';
const NAME = 'Serveur DMP — Clinique é';

const EXPECTED: Record<ExportProfile, { info: RegExp[]; mac: string; encryption: string }> = {
  modern: {
    info: [
      /MAC: sha256, Iteration 100000/,
      /PKCS7 Encrypted data: PBES2, PBKDF2, AES-256-CBC, Iteration 100000, PRF hmacWithSHA256/,
      /Shrouded Keybag: PBES2, PBKDF2, AES-256-CBC, Iteration 100000, PRF hmacWithSHA256/,
    ],
    mac: 'HMAC-SHA256',
    encryption: 'PBES2 AES-256-CBC / PBKDF2-SHA256',
  },
  compatible: {
    info: [
      /MAC: sha1, Iteration 2048/,
      /PKCS7 Encrypted data: pbeWithSHA1And3-KeyTripleDES-CBC, Iteration 2048/,
      /Shrouded Keybag: pbeWithSHA1And3-KeyTripleDES-CBC, Iteration 2048/,
    ],
    mac: 'HMAC-SHA1',
    encryption: '3DES (PKCS#12 PBE, SHA-1)',
  },
};

let f: FixtureChain;
const files = new Map<ExportProfile, { bytes: Uint8Array; path: string }>();

beforeAll(async () => {
  f = await fixtureChain();
  for (const profile of ['modern', 'compatible'] as const) {
    const r = await writePkcs12({
      key: f.leafKey,
      certificate: f.leaf.der,
      chain: [f.intermediate.der, f.root.der],
      friendlyName: NAME,
      password: PASSWORD,
      profile,
    });
    if (!r.ok) throw new Error(r.error.message);
    files.set(profile, { bytes: r.value, path: tempFile(`${profile}.p12`, r.value) });
  }
});

const file = (profile: ExportProfile) => {
  const found = files.get(profile);
  if (found === undefined) throw new Error(`no ${profile} file`);
  return found;
};

describe.each(['modern', 'compatible'] as const)('writePkcs12 %s', (profile) => {
  test('our reader verifies the MAC, pairs key and certificate, keeps names and key ids', async () => {
    const r = await readFile(file(profile).bytes, { password: PASSWORD });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.pkcs12).toMatchObject({ integrity: 'verified', macAlgorithm: EXPECTED[profile].mac });
    expect(new Set(r.value.pkcs12?.encryption)).toEqual(new Set([EXPECTED[profile].encryption]));
    const certs = r.value.objects.filter((o) => o.type === 'certificate');
    expect(certs).toHaveLength(3);
    const localKeyId = createHash('sha1').update(f.leaf.der).digest('hex').toUpperCase();
    const key = r.value.objects.find((o) => o.type === 'private-key');
    expect(key).toMatchObject({ friendlyName: NAME, localKeyId, key: { encrypted: false } });
    const leaf = certs.find((c) => Buffer.from(c.der).equals(Buffer.from(f.leaf.der)));
    expect(leaf).toMatchObject({ friendlyName: NAME, localKeyId, verified: true });
    expect(certs.filter((c) => c.localKeyId !== null)).toHaveLength(1);
  });

  test('a wrong password is reported as such', async () => {
    const r = await readFile(file(profile).bytes, { password: 'not the password' });
    expect(r.ok ? null : r.error.code).toBe('wrong-password');
  });

  test('OpenSSL 3 opens it (default provider, no -legacy) and names the expected algorithms', () => {
    const { path } = file(profile);
    expect(run('openssl', ['pkcs12', '-in', path, '-passin', `pass:${PASSWORD}`, '-noout']).status).toBe(0);
    expect(run('openssl', ['pkcs12', '-in', path, '-passin', 'pass:wrong', '-noout']).out).toMatch(
      /Mac verify error/,
    );
    const info = run('openssl', [
      'pkcs12',
      '-in',
      path,
      '-passin',
      `pass:${PASSWORD}`,
      '-info',
      '-nokeys',
      '-nocerts',
    ]);
    expect(info.status).toBe(0);
    for (const line of EXPECTED[profile].info) expect(info.out).toMatch(line);
    expect(info.out.match(/Certificate bag/g)).toHaveLength(3);
  });

  test('the key OpenSSL takes out signs, and the certificate verifies the signature', () => {
    const keyPem = run('openssl', [
      'pkcs12',
      '-in',
      file(profile).path,
      '-passin',
      `pass:${PASSWORD}`,
      '-nocerts',
      '-nodes',
    ]);
    expect(keyPem.status).toBe(0);
    const key = createPrivateKey(keyPem.out.slice(keyPem.out.indexOf('-----BEGIN')));
    const data = Buffer.from('ordonnance');
    const signature = sign('sha256', data, key);
    expect(verify('sha256', data, new X509Certificate(f.leaf.der).publicKey, signature)).toBe(true);
  });

  test.runIf(hasTool('pk12util'))(
    'NSS pk12util imports it; certutil lists the certificate and key by name',
    () => {
      const nss = importIntoNss(file(profile).path, PASSWORD);
      expect(nss.imported.out).toMatch(/PKCS12 IMPORT SUCCESSFUL/);
      expect(nss.certs.out).toMatch(new RegExp(`${NAME}\\s+u,u,u`));
      expect(nss.certs.out).toMatch(/TEST AC EXPORT ORGANISATIONS/);
      expect(nss.certs.out).toMatch(/TEST AC RACINE EXPORT/);
      expect(nss.keys.out).toMatch(new RegExp(`rsa\\s+[0-9a-f]{40}\\s+${NAME}`));
    },
  );

  test.runIf(hasTool('pk12util'))('NSS refuses the wrong password', () => {
    expect(importIntoNss(file(profile).path, 'wrong').imported.status).not.toBe(0);
  });
});

test('the chain certificates carry no localKeyId; the leaf carries the SHA-1 of itself (OpenSSL view)', () => {
  const out = run('openssl', [
    'pkcs12',
    '-in',
    file('modern').path,
    '-passin',
    `pass:${PASSWORD}`,
    '-nokeys',
  ]).out;
  const ids = [...out.matchAll(/localKeyID: ([0-9A-F ]+)/g)].map((m) => (m[1] ?? '').replace(/ /g, ''));
  expect(ids).toEqual([createHash('sha1').update(f.leaf.der).digest('hex').toUpperCase()]);
});

test('a non-ASCII password opens the file in our reader, OpenSSL and NSS', async () => {
  const password = 'pässwörd€';
  for (const profile of ['modern', 'compatible'] as const) {
    const r = await writePkcs12({
      key: f.leafKey,
      certificate: f.leaf.der,
      chain: [f.intermediate.der],
      friendlyName: 'x',
      password,
      profile,
      iterations: 4096,
    });
    if (!r.ok) throw new Error(r.error.message);
    const read = await readFile(r.value, { password });
    expect(read.ok && read.value.pkcs12?.integrity).toBe('verified');
    const written = tempFile('u.p12', r.value);
    expect(run('openssl', ['pkcs12', '-in', written, '-passin', `pass:${password}`, '-noout']).status).toBe(
      0,
    );
    if (hasTool('pk12util')) expect(importIntoNss(written, password).imported.status).toBe(0);
  }
});
