import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeFileSystem } from '../../../../src/main/adapters/node-file-system.js';
import {
  PATH_PLACEHOLDER,
  savePemBundle,
  snippetsIn,
  writePemBundle,
  type PemBundle,
} from '../../../../src/main/services/export/index.js';
import { readFile } from '../../../../src/main/pki/reader/index.js';
import { fixtureChain, pem, type FixtureChain } from './helpers/fixture-chain.js';
import { run, tempDir, tempFile } from './helpers/tools.js';

/** The server bundle on disk, checked by OpenSSL as nginx and Apache would load it. */

const PASSPHRASE = 'phrase de passe serveur';
let f: FixtureChain;

beforeAll(async () => {
  f = await fixtureChain('dmp.clinique.example');
});

const bundle = async (keyPassphrase: string | null, chain?: Uint8Array[]): Promise<PemBundle> => {
  const r = await writePemBundle({
    key: f.leafKey,
    certificate: f.leaf.der,
    chain: chain ?? [f.root.der, f.intermediate.der],
    keyPassphrase,
    iterations: 10_000,
  });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

const save = async (b: PemBundle, keyPassphrase?: string) => {
  const dir = join(tempDir(), 'tls');
  const r = await savePemBundle(nodeFileSystem, dir, b, keyPassphrase === undefined ? {} : { keyPassphrase });
  if (!r.ok) throw new Error(r.error.message);
  return { dir, paths: r.value };
};

const mode = (path: string): number => statSync(path).mode & 0o777;

test('encrypted key: PBES2 as the vault writes it, opened by OpenSSL with the passphrase only', async () => {
  const { dir } = await save(await bundle(PASSPHRASE), PASSPHRASE);
  const key = join(dir, 'privkey.pem');
  const ok = run('openssl', ['pkey', '-in', key, '-passin', `pass:${PASSPHRASE}`, '-noout']);
  expect(ok.status).toBe(0);
  expect(run('openssl', ['pkey', '-in', key, '-passin', 'pass:wrong', '-noout']).status).not.toBe(0);
  const asn1 = run('openssl', ['asn1parse', '-in', key]).out;
  for (const name of ['PBES2', 'PBKDF2', 'hmacWithSHA256', 'aes-256-cbc']) expect(asn1).toContain(name);
  const pub = run('openssl', ['pkey', '-in', key, '-passin', `pass:${PASSPHRASE}`, '-pubout']).out;
  const certPub = run('openssl', ['x509', '-in', join(dir, 'cert.pem'), '-noout', '-pubkey']).out;
  expect(pub).toBe(certPub);
  expect(mode(key)).toBe(0o600);
});

test('plain key and certificates: modes, full chain without the root, openssl verify OK', async () => {
  const b = await bundle(null);
  const { dir, paths } = await save(b);
  expect(paths.map((p) => p.slice(dir.length + 1))).toEqual([
    'privkey.pem',
    'cert.pem',
    'fullchain.pem',
    'ca.pem',
  ]);
  expect(mode(join(dir, 'privkey.pem'))).toBe(0o600);
  for (const name of ['cert.pem', 'fullchain.pem', 'ca.pem']) expect(mode(join(dir, name))).toBe(0o644);
  expect(run('openssl', ['pkey', '-in', join(dir, 'privkey.pem'), '-noout']).status).toBe(0);

  const full = await readFile(new Uint8Array(readFileSync(join(dir, 'fullchain.pem'))));
  if (!full.ok) throw new Error(full.error.message);
  expect(
    full.value.objects.map((o) => (o.type === 'certificate' ? Buffer.from(o.der).toString('hex') : '')),
  ).toEqual([f.leaf.der, f.intermediate.der].map((d) => Buffer.from(d).toString('hex')));
  const root = tempFile('root.pem', pem('CERTIFICATE', f.root.der));
  const verify = run('openssl', [
    'verify',
    '-CAfile',
    root,
    '-untrusted',
    join(dir, 'fullchain.pem'),
    join(dir, 'cert.pem'),
  ]);
  expect(verify.out).toMatch(/cert\.pem: OK/);
  // ca.pem is what nginx/Apache trust for client certificates: it must anchor the leaf alone.
  expect(run('openssl', ['verify', '-CAfile', join(dir, 'ca.pem'), join(dir, 'cert.pem')]).out).toMatch(
    /: OK/,
  );
});

test('nginx and Apache snippets name the files, with the path placeholder', async () => {
  const plain = await bundle(null);
  expect(plain.nginx).toContain(`ssl_certificate         ${PATH_PLACEHOLDER}/fullchain.pem;`);
  expect(plain.nginx).toContain(`ssl_certificate_key     ${PATH_PLACEHOLDER}/privkey.pem;`);
  expect(plain.nginx).toContain(`ssl_trusted_certificate ${PATH_PLACEHOLDER}/ca.pem;`);
  expect(plain.nginx).not.toContain('ssl_password_file');
  expect(plain.apache).toContain(`SSLCertificateFile     ${PATH_PLACEHOLDER}/fullchain.pem`);
  expect(plain.apache).toContain(`SSLCertificateKeyFile  ${PATH_PLACEHOLDER}/privkey.pem`);
  expect(plain.apache).toContain(`SSLCACertificateFile   ${PATH_PLACEHOLDER}/ca.pem`);
  const encrypted = await bundle(PASSPHRASE);
  expect(encrypted.nginx).toContain('ssl_password_file');
  expect(encrypted.apache).toContain('SSLPassPhraseDialog');
  const noChain = await bundle(null, []);
  expect(noChain.files.map((x) => x.name)).toEqual(['privkey.pem', 'cert.pem', 'fullchain.pem']);
  expect(noChain.nginx).not.toContain('ssl_trusted_certificate');
});

test('snippetsIn: the saved files’ real paths, quoted where the folder has a space; nothing left to fill', async () => {
  const encrypted = await bundle(PASSPHRASE);
  const plainFolder = snippetsIn(encrypted, join('/srv', 'tls'));
  expect(plainFolder.nginx).toContain(`ssl_certificate         ${join('/srv', 'tls', 'fullchain.pem')};`);
  expect(plainFolder.nginx).toContain(`ssl_password_file       ${join('/srv', 'tls', 'privkey.pass')};`);
  expect(plainFolder.apache).toContain(`SSLCertificateKeyFile  ${join('/srv', 'tls', 'privkey.pem')}`);
  const spaced = snippetsIn(encrypted, join('/home/anne', 'Mes certificats'));
  expect(spaced.nginx).toContain(
    `ssl_certificate_key     "${join('/home/anne', 'Mes certificats', 'privkey.pem')}";`,
  );
  expect(spaced.apache).toContain(
    `SSLCACertificateFile   "${join('/home/anne', 'Mes certificats', 'ca.pem')}"`,
  );
  for (const text of [...Object.values(plainFolder), ...Object.values(spaced)])
    expect(text).not.toContain(PATH_PLACEHOLDER);
});

test('existing files are kept unless overwriting is asked for', async () => {
  const b = await bundle(null);
  const dir = tempDir();
  writeFileSync(join(dir, 'cert.pem'), 'old');
  const refused = await savePemBundle(nodeFileSystem, dir, b);
  expect(refused.ok ? null : refused.error.code).toBe('file-exists');
  expect(await savePemBundle(nodeFileSystem, dir, b, { overwrite: true })).toMatchObject({ ok: true });
});

test('hostile inputs: mismatched key, empty passphrase, absurd iterations', async () => {
  const other = await fixtureChain('other.example');
  const base = { key: f.leafKey, certificate: f.leaf.der, chain: [], keyPassphrase: PASSPHRASE };
  const code = async (o: object) => {
    const r = await writePemBundle({ ...base, ...o });
    return r.ok ? null : r.error.code;
  };
  expect(await code({ key: other.leafKey })).toBe('key-mismatch');
  expect(await code({ keyPassphrase: '' })).toBe('invalid-password');
  expect(await code({ iterations: 3_000_000 })).toBe('iteration-limit');
});

test('a wrong passphrase at read-back is reported, not a bundle that will not load', async () => {
  const b = await bundle(PASSPHRASE);
  const r = await savePemBundle(nodeFileSystem, tempDir(), b, { keyPassphrase: 'wrong' });
  expect(r.ok ? null : r.error.code).toBe('read-back-failed');
});
