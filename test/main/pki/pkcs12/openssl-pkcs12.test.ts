import { readFile, type ReaderOutput } from '../../../../src/main/pki/reader/index.js';
import { LEGACY, makeWorkdir, spkiSha256Of, type Workdir, selfSigned } from '../reader/openssl.js';

const PASSWORD = 'S3cret pass';
let w: Workdir;
let keySpki: string;

beforeAll(() => {
  w = makeWorkdir();
  selfSigned(w, 'Vigie leaf', { key: 'rsa:2048' });
  w.openssl(
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-nodes',
    '-keyout',
    'ca-key.pem',
    '-out',
    'ca.pem',
    '-subj',
    '/CN=Vigie CA',
    '-days',
    '2',
  );
  keySpki = spkiSha256Of(w, 'key.pem');
});

afterAll(() => w.remove());

const exportP12 = (name: string, password: string, ...options: string[]): Uint8Array => {
  w.openssl(
    'pkcs12',
    '-export',
    '-in',
    'cert.pem',
    '-inkey',
    'key.pem',
    '-certfile',
    'ca.pem',
    '-name',
    'leaf',
    '-caname',
    'ca',
    '-out',
    name,
    '-passout',
    `pass:${password}`,
    ...options,
  );
  return w.read(name);
};

const opened = async (bytes: Uint8Array, password?: string): Promise<ReaderOutput> => {
  const res = await readFile(bytes, password === undefined ? {} : { password });
  if (!res.ok) throw new Error(`${res.error.code}: ${res.error.message}`);
  return res.value;
};

const expectFullyOpen = (out: ReaderOutput): void => {
  const certs = out.objects.filter((o) => o.type === 'certificate');
  const keys = out.objects.flatMap((o) => (o.type === 'private-key' ? [o] : []));
  expect(certs).toHaveLength(2);
  expect(certs.every((c) => c.type === 'certificate' && c.verified)).toBe(true);
  expect(certs.map((c) => c.type === 'certificate' && c.friendlyName).sort()).toEqual(['ca', 'leaf']);
  expect(keys).toHaveLength(1);
  expect(keys[0]?.key).toEqual({
    algorithm: 'RSA',
    size: 2048,
    curve: null,
    encrypted: false,
    spkiSha256: keySpki,
  });
  expect(keys[0]?.friendlyName).toBe('leaf');
  const leaf = certs.find((c) => c.type === 'certificate' && c.friendlyName === 'leaf');
  expect(leaf?.type === 'certificate' && leaf.localKeyId).toBe(keys[0]?.localKeyId);
  expect(out.pkcs12?.passwordRequired).toBe(false);
};

describe('PKCS#12 made by OpenSSL', () => {
  it.each([
    [
      'AES-256-CBC',
      ['-certpbe', 'AES-256-CBC', '-keypbe', 'AES-256-CBC', '-macalg', 'sha256'],
      ['PBES2 AES-256-CBC / PBKDF2-SHA256'],
      'HMAC-SHA256',
    ],
    [
      'AES-128 + SHA-512 MAC',
      ['-certpbe', 'AES-128-CBC', '-keypbe', 'AES-128-CBC', '-macalg', 'sha512', '-iter', '3000'],
      ['PBES2 AES-128-CBC / PBKDF2-SHA256'],
      'HMAC-SHA512',
    ],
    [
      '3DES',
      ['-certpbe', 'PBE-SHA1-3DES', '-keypbe', 'PBE-SHA1-3DES', '-macalg', 'sha1'],
      ['3DES (PKCS#12 PBE, SHA-1)'],
      'HMAC-SHA1',
    ],
    [
      'legacy RC2-40 + 3DES',
      ['-legacy'],
      ['RC2-40 (PKCS#12 PBE, SHA-1)', '3DES (PKCS#12 PBE, SHA-1)'],
      'HMAC-SHA1',
    ],
    [
      'RC2-128 + 2-key 3DES',
      [...LEGACY, '-certpbe', 'PBE-SHA1-RC2-128', '-keypbe', 'PBE-SHA1-2DES'],
      ['RC2-128 (PKCS#12 PBE, SHA-1)', '2-key 3DES (PKCS#12 PBE, SHA-1)'],
      'HMAC-SHA256',
    ],
    [
      'RC4-128 + RC4-40',
      [...LEGACY, '-certpbe', 'PBE-SHA1-RC4-128', '-keypbe', 'PBE-SHA1-RC4-40'],
      ['RC4-128 (PKCS#12 PBE, SHA-1)', 'RC4-40 (PKCS#12 PBE, SHA-1)'],
      'HMAC-SHA256',
    ],
  ])('%s: opens with the password, reports the schemes', async (name, options, encryption, mac) => {
    const bytes = exportP12(`${name}.p12`, PASSWORD, ...options);
    const out = await opened(bytes, PASSWORD);
    expectFullyOpen(out);
    expect(out.format).toBe('pkcs12');
    expect(out.pkcs12).toMatchObject({ integrity: 'verified', encryption, macAlgorithm: mac });
    const wrong = await readFile(bytes, { password: `${PASSWORD} ` });
    expect(wrong.ok ? 'ok' : wrong.error.code).toBe('wrong-password');
  });

  it('without a password: certificates in clear are shown unverified, the key stays locked', async () => {
    const bytes = exportP12('clear-certs.p12', PASSWORD, '-certpbe', 'NONE', '-keypbe', 'AES-256-CBC');
    const out = await opened(bytes);
    expect(out.pkcs12).toMatchObject({ integrity: 'not-verified', passwordRequired: true });
    expect(out.objects.filter((o) => o.type === 'certificate' && !o.verified)).toHaveLength(2);
    expect(out.objects.find((o) => o.type === 'private-key')).toMatchObject({
      key: { encrypted: true, algorithm: 'unknown', spkiSha256: null },
      friendlyName: 'leaf',
    });
    expect(out.warnings[0]?.code).toBe('password-required');
  });

  it('without a password: every certificate encrypted is a password-required error, not an empty read', async () => {
    const res = await readFile(exportP12('all-encrypted.p12', PASSWORD));
    expect(res.ok ? 'ok' : res.error).toMatchObject({
      code: 'password-required',
      detail: { encryptedParts: 1, lockedKeys: 1 },
    });
  });

  it('opens an empty-password file without asking', async () => {
    const out = await opened(exportP12('empty-password.p12', ''));
    expectFullyOpen(out);
    expect(out.pkcs12?.integrity).toBe('verified');
  });

  it('uses a non-ASCII password exactly as typed', async () => {
    const password = 'Pässwörd ☺ ';
    const bytes = exportP12('unicode.p12', password);
    expectFullyOpen(await opened(bytes, password));
    const trimmed = await readFile(bytes, { password: password.trim() });
    expect(trimmed.ok ? 'ok' : trimmed.error.code).toBe('wrong-password');
  });

  it('reads a file without MAC: integrity none, a wrong password still detected', async () => {
    const bytes = exportP12('no-mac.p12', PASSWORD, '-nomac');
    const out = await opened(bytes, PASSWORD);
    expect(out.pkcs12).toMatchObject({ integrity: 'none', macAlgorithm: null, macIterations: null });
    expect(out.objects.filter((o) => o.type === 'private-key' && !o.key.encrypted)).toHaveLength(1);
    const wrong = await readFile(bytes, { password: 'nope' });
    expect(wrong.ok ? 'ok' : wrong.error.code).toBe('wrong-password');
  });

  it('reads a file with nothing encrypted and no MAC without a password', async () => {
    const out = await opened(exportP12('plain.p12', '', '-certpbe', 'NONE', '-keypbe', 'NONE', '-nomac'));
    expect(out.pkcs12).toMatchObject({ integrity: 'none', passwordRequired: false, encryption: [] });
    expect(out.objects).toHaveLength(3);
  });
});
