import { X509Certificate } from 'node:crypto';
import type { ExportProfile } from '../../../../../src/main/pki/export/index.js';
import { writePkcs12 } from '../../../../../src/main/services/export/index.js';
import { fixtureChain, type FixtureChain } from '../helpers/fixture-chain.js';
import { hasTool, run, tempFile } from '../helpers/tools.js';

/**
 * Proof by Java that the PKCS#12 exports open where servers like Tomcat read them: keytool
 * lists one PrivateKeyEntry with its chain, for the "compatible" profile (3DES / SHA-1 MAC,
 * for older software) and the "modern" one (AES-256 / PBKDF2 / HMAC-SHA256, Java ≥ 11.0.12).
 * The files are built as the export and the install build them (intermediates only, no
 * root). OpenSSL 3 and NSS's pk12util -i on both profiles: test/main/pki/export/write-pkcs12.test.ts;
 * here NSS's listing (pk12util -l) of the modern file as well.
 */

const skip = hasTool('keytool') ? null : 'keytool (a Java runtime) is not installed';
if (skip) console.log(`skipped: keytool opens Vigie's PKCS#12 exports: ${skip}`);

const PASSWORD = 'Export Tomcat 2026 !';
const NAME = 'SERV_SSL dmp.clinique-vigie.test';
// English output whatever the machine's locale.
const JAVA_EN = ['-J-Duser.language=en', '-J-Duser.country=US'];

let f: FixtureChain;
const files = new Map<ExportProfile, string>();

beforeAll(async () => {
  f = await fixtureChain('dmp.clinique-vigie.test');
  for (const profile of ['compatible', 'modern'] as const) {
    const written = await writePkcs12({
      key: f.leafKey,
      certificate: f.leaf.der,
      chain: [f.intermediate.der],
      friendlyName: NAME,
      password: PASSWORD,
      profile,
    });
    if (!written.ok) throw new Error(written.error.message);
    files.set(profile, tempFile(`${profile}.p12`, written.value));
  }
});

const keytoolList = (path: string, password: string) =>
  run('keytool', [
    ...JAVA_EN,
    '-list',
    '-v',
    '-keystore',
    path,
    '-storetype',
    'PKCS12',
    '-storepass',
    password,
  ]);

/** keytool's distinguished names: "CN=…, O=…" in the certificate's order. */
const javaName = (der: Uint8Array) => new X509Certificate(der).subject.split('\n').reverse().join(', ');

describe.skipIf(skip)('keytool opens the PKCS#12 exports', () => {
  it.each(['compatible', 'modern'] as const)(
    '%s: one PrivateKeyEntry under its name, chain of 2 (leaf, then its intermediate)',
    (profile) => {
      const listed = keytoolList(files.get(profile)!, PASSWORD);
      expect(listed.status, listed.out).toBe(0);
      expect(listed.out).toContain('Keystore type: PKCS12');
      expect(listed.out).toContain('Your keystore contains 1 entry');
      expect(listed.out).toMatch(new RegExp(`Alias name: ${NAME}`, 'i'));
      expect(listed.out).toContain('Entry type: PrivateKeyEntry');
      expect(listed.out).toContain('Certificate chain length: 2');
      const owners = [...listed.out.matchAll(/^Owner: (.*)$/gm)].map((m) => m[1]);
      expect(owners).toEqual([javaName(f.leaf.der), javaName(f.intermediate.der)]);
      const issuers = [...listed.out.matchAll(/^Issuer: (.*)$/gm)].map((m) => m[1]);
      expect(issuers).toEqual([javaName(f.intermediate.der), javaName(f.root.der)]);
    },
    120_000,
  );

  it.each(['compatible', 'modern'] as const)(
    '%s: a wrong password is refused',
    (profile) => {
      const listed = keytoolList(files.get(profile)!, 'not the password');
      expect(listed.status).not.toBe(0);
      expect(listed.out).toMatch(/password was incorrect/i);
    },
    120_000,
  );
});

describe.skipIf(!hasTool('pk12util'))('pk12util lists the modern export', () => {
  it('the key bag and both certificates, with the right password only', () => {
    const path = files.get('modern')!;
    const listed = run('pk12util', ['-l', path, '-W', PASSWORD]);
    expect(listed.status, listed.out).toBe(0);
    expect(listed.out).toMatch(/^Key\(shrouded\):/m);
    expect(listed.out).toMatch(/^Certificate\(has private key\):/m);
    expect(listed.out.match(/^Certificate(?:\(has private key\))?:/gm)).toHaveLength(2);
    expect(listed.out).toContain('PKCS #5 Password Based Encryption v2');
    expect(listed.out).toContain('Cipher: AES-256-CBC');
    expect(run('pk12util', ['-l', path, '-W', 'not the password']).status).not.toBe(0);
  });
});
