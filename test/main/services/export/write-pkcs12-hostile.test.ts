import { webcrypto } from 'node:crypto';
import { readBack } from '../../../../src/main/pki/export/pkcs12-read-back.js';
import { writePkcs12, type Pkcs12Input } from '../../../../src/main/pki/export/write-pkcs12.js';
import { readFile } from '../../../../src/main/pki/reader/index.js';
import { MAX_KDF_ITERATIONS } from '../../../../src/shared/limits.js';
import { issue } from '../../../helpers/fixture-ca.js';
import { fixtureChain, type FixtureChain } from './helpers/fixture-chain.js';

/** Inputs the writer must refuse before deriving a single key, and the ones it tidies up. */

let f: FixtureChain;
let base: Pkcs12Input;

beforeAll(async () => {
  f = await fixtureChain();
  base = {
    key: f.leafKey,
    certificate: f.leaf.der,
    chain: [f.intermediate.der],
    friendlyName: 'leaf',
    password: 'secret',
    profile: 'compatible',
  };
});

const codeOf = async (input: Partial<Pkcs12Input>): Promise<string | null> => {
  const r = await writePkcs12({ ...base, ...input });
  return r.ok ? null : r.error.code;
};

test('a key that is not the certificate key is refused', async () => {
  const other = await issue({ name: 'CN=other', issuer: f.intermediate });
  const otherKey = new Uint8Array(await webcrypto.subtle.exportKey('pkcs8', other.keys.privateKey));
  expect(await codeOf({ key: otherKey })).toBe('key-mismatch');
  expect(await codeOf({ certificate: other.der })).toBe('key-mismatch');
});

test('garbage key or certificates are refused as invalid input', async () => {
  expect(await codeOf({ key: new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x00]) })).toBe('invalid-input');
  expect(await codeOf({ certificate: f.leafKey })).toBe('invalid-input');
  expect(await codeOf({ chain: [new Uint8Array([1, 2, 3])] })).toBe('invalid-input');
  expect(await codeOf({ chain: Array.from({ length: 17 }, () => f.intermediate.der) })).toBe('invalid-input');
  expect(await codeOf({ friendlyName: '  ' })).toBe('invalid-input');
  expect(await codeOf({ friendlyName: 'x'.repeat(257) })).toBe('invalid-input');
});

test.each(['modern', 'compatible'] as const)(
  '%s: empty or unencodable passwords are refused',
  async (profile) => {
    expect(await codeOf({ profile, password: '' })).toBe('invalid-password');
    expect(await codeOf({ profile, password: 'a\u0000b' })).toBe('invalid-password');
    expect(await codeOf({ profile, password: 'a\uD800b' })).toBe('invalid-password');
    expect(await codeOf({ profile, password: 'x'.repeat(1025) })).toBe('invalid-password');
  },
);

test('absurd or feeble iteration counts are refused up front', async () => {
  expect(await codeOf({ profile: 'modern', iterations: MAX_KDF_ITERATIONS + 1 })).toBe('iteration-limit');
  expect(await codeOf({ profile: 'modern', iterations: 999 })).toBe('iteration-limit');
  expect(await codeOf({ profile: 'modern', iterations: Number.NaN })).toBe('iteration-limit');
  expect(await codeOf({ profile: 'modern', iterations: 2.5e3 + 0.5 })).toBe('iteration-limit');
  // Legal for one KDF, but 3DES runs seven of them in JavaScript: too slow to open again.
  expect(await codeOf({ profile: 'compatible', iterations: 1_000_000 })).toBe('iteration-limit');
});

test('a chosen iteration count is used everywhere; the leaf and repeats are dropped from the chain', async () => {
  const r = await writePkcs12({
    ...base,
    profile: 'modern',
    iterations: 10_000,
    chain: [f.leaf.der, f.intermediate.der, f.intermediate.der, f.root.der],
  });
  if (!r.ok) throw new Error(r.error.message);
  const read = await readFile(r.value, { password: 'secret' });
  if (!read.ok) throw new Error(read.error.message);
  expect(read.value.pkcs12?.macIterations).toBe(10_000);
  expect(read.value.objects.filter((o) => o.type === 'certificate')).toHaveLength(3);
});

test('the read-back refuses a file that does not hold what was asked for', async () => {
  const r = await writePkcs12(base);
  if (!r.ok) throw new Error(r.error.message);
  const expected = {
    profile: 'compatible' as const,
    password: 'secret',
    certificate: f.leaf.der,
    chain: [f.intermediate.der],
    spkiSha256: '00',
    friendlyName: 'leaf',
    localKeyId: new Uint8Array(20),
  };
  const codes = await Promise.all([
    readBack(r.value, expected),
    readBack(r.value, { ...expected, profile: 'modern' }),
    readBack(r.value, { ...expected, password: 'other' }),
    readBack(r.value.subarray(0, 100), expected),
  ]);
  for (const c of codes) expect(c.ok ? null : c.error.code).toBe('read-back-failed');
});
