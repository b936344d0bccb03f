import { readFile, type ReaderOutput } from '../../../../src/main/pki/reader/index.js';
import { LEGACY, makeWorkdir, spkiSha256Of, type Workdir } from '../reader/openssl.js';

const PASSWORD = 'key password';
let w: Workdir;
const spki: Record<string, string> = {};

beforeAll(() => {
  w = makeWorkdir();
  w.openssl('genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048', '-out', 'rsa.pem');
  w.openssl('genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-384', '-out', 'ec.pem');
  w.openssl('genpkey', '-algorithm', 'ED25519', '-out', 'ed.pem');
  for (const k of ['rsa', 'ec', 'ed']) spki[k] = spkiSha256Of(w, `${k}.pem`);
});

afterAll(() => w.remove());

const read = async (name: string, password?: string): Promise<ReaderOutput> => {
  const res = await readFile(w.read(name), password === undefined ? {} : { password });
  if (!res.ok) throw new Error(`${name}: ${res.error.code} ${res.error.message}`);
  return res.value;
};

const codeOf = async (name: string, password?: string): Promise<string> => {
  const res = await readFile(w.read(name), password === undefined ? {} : { password });
  return res.ok ? 'ok' : res.error.code;
};

const onlyKey = (out: ReaderOutput) => {
  expect(out.objects).toHaveLength(1);
  const [o] = out.objects;
  if (o?.type !== 'private-key') throw new Error('expected a private key');
  return o.key;
};

describe('unencrypted keys', () => {
  it.each([
    [
      'PKCS#8 PEM',
      'rsa',
      ['pkey', '-in', 'rsa.pem', '-out', 'out.pem'],
      { algorithm: 'RSA', size: 2048, curve: null },
    ],
    [
      'PKCS#8 DER',
      'rsa',
      ['pkey', '-in', 'rsa.pem', '-outform', 'DER', '-out', 'out.pem'],
      { algorithm: 'RSA', size: 2048, curve: null },
    ],
    [
      'PKCS#1 PEM',
      'rsa',
      ['pkey', '-in', 'rsa.pem', '-traditional', '-out', 'out.pem'],
      { algorithm: 'RSA', size: 2048, curve: null },
    ],
    [
      'PKCS#1 DER',
      'rsa',
      ['rsa', '-in', 'rsa.pem', '-traditional', '-outform', 'DER', '-out', 'out.pem'],
      { algorithm: 'RSA', size: 2048, curve: null },
    ],
    [
      'SEC1 PEM',
      'ec',
      ['pkey', '-in', 'ec.pem', '-traditional', '-out', 'out.pem'],
      { algorithm: 'EC', size: 384, curve: 'P-384' },
    ],
    [
      'SEC1 DER',
      'ec',
      ['ec', '-in', 'ec.pem', '-outform', 'DER', '-out', 'out.pem'],
      { algorithm: 'EC', size: 384, curve: 'P-384' },
    ],
    [
      'Ed25519 PKCS#8',
      'ed',
      ['pkey', '-in', 'ed.pem', '-out', 'out.pem'],
      { algorithm: 'Ed25519', size: 255, curve: null },
    ],
  ])('%s', async (_name, key, args, facts) => {
    w.openssl(...args);
    expect(onlyKey(await read('out.pem'))).toEqual({ ...facts, encrypted: false, spkiSha256: spki[key] });
  });

  it('reads "openssl ecparam -genkey" output, ignoring its EC PARAMETERS block', async () => {
    w.openssl('ecparam', '-name', 'prime256v1', '-genkey', '-out', 'ecparam.pem');
    const out = await read('ecparam.pem');
    expect(onlyKey(out)).toMatchObject({ algorithm: 'EC', curve: 'P-256', encrypted: false });
    expect(out.warnings.map((x) => x.code)).toContain('pem-ignored-block');
  });
});

describe('encrypted PKCS#8', () => {
  it.each([
    ['PBES2 AES-256 / HMAC-SHA512', ['-v2', 'aes-256-cbc', '-v2prf', 'hmacWithSHA512']],
    ['PBES2 AES-128 DER', ['-v2', 'aes-128-cbc', '-outform', 'DER']],
    ['PBES2 3DES', ['-v2', 'des3']],
    ['PKCS#12 PBE 3DES', ['-v1', 'PBE-SHA1-3DES']],
    ['PKCS#12 PBE RC2-40', [...LEGACY, '-v1', 'PBE-SHA1-RC2-40']],
    ['PKCS#12 PBE RC4-128', [...LEGACY, '-v1', 'PBE-SHA1-RC4-128']],
  ])('%s: locked without password, open with it, refused with a wrong one', async (_name, options) => {
    w.openssl(
      'pkcs8',
      '-topk8',
      '-in',
      'rsa.pem',
      '-passout',
      `pass:${PASSWORD}`,
      '-out',
      'enc.key',
      ...options,
    );
    const locked = await read('enc.key');
    expect(onlyKey(locked)).toEqual({
      algorithm: 'unknown',
      size: null,
      curve: null,
      encrypted: true,
      spkiSha256: null,
    });
    expect(locked.warnings.map((x) => x.code)).toEqual(['password-required']);
    expect(onlyKey(await read('enc.key', PASSWORD))).toEqual({
      algorithm: 'RSA',
      size: 2048,
      curve: null,
      encrypted: false,
      spkiSha256: spki.rsa,
    });
    expect(await codeOf('enc.key', 'KEY PASSWORD')).toBe('wrong-password');
  });

  it('refuses an excessive PBKDF2 iteration count before asking for a password', async () => {
    w.openssl(
      'pkcs8',
      '-topk8',
      '-in',
      'ec.pem',
      '-passout',
      'pass:x',
      '-iter',
      '2000001',
      '-out',
      'slow.key',
    );
    const started = performance.now();
    expect(await codeOf('slow.key')).toBe('iteration-limit');
    expect(await codeOf('slow.key', 'x')).toBe('iteration-limit');
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('legacy OpenSSL encrypted PEM (DEK-Info)', () => {
  it.each([
    ['RSA AES-256', 'rsa', ['rsa', '-in', 'rsa.pem', '-traditional', '-aes256'], 'RSA'],
    ['RSA 3DES', 'rsa', ['rsa', '-in', 'rsa.pem', '-traditional', '-des3'], 'RSA'],
    ['EC AES-128', 'ec', ['ec', '-in', 'ec.pem', '-aes128'], 'EC'],
  ])('%s', async (_name, key, args, algorithm) => {
    w.openssl(...args, '-passout', `pass:${PASSWORD}`, '-out', 'legacy.pem');
    expect(new TextDecoder().decode(w.read('legacy.pem'))).toContain('DEK-Info:');
    const locked = onlyKey(await read('legacy.pem'));
    expect(locked).toEqual({ algorithm, size: null, curve: null, encrypted: true, spkiSha256: null });
    expect(onlyKey(await read('legacy.pem', PASSWORD))).toMatchObject({
      algorithm,
      encrypted: false,
      spkiSha256: spki[key],
    });
    expect(await codeOf('legacy.pem', 'not it')).toBe('wrong-password');
  });
});

describe('public keys', () => {
  it('reports a public key alone as a warning, not an object', async () => {
    w.openssl('pkey', '-in', 'ec.pem', '-pubout', '-out', 'pub.pem');
    const out = await read('pub.pem');
    expect(out.objects).toEqual([]);
    expect(out.warnings).toEqual([
      { code: 'public-key-only', message: expect.stringContaining('384-bit EC (P-384) public key') },
    ]);
  });
});
