import path from 'node:path';
import { MAX_FILE_BYTES, MAX_PASSWORD_LENGTH } from '../../../../src/shared/limits.js';
import { ReadError } from '../../../../src/shared/model/errors.js';
import { readFile } from '../../../../src/main/pki/reader/index.js';
import { der, int, nul, oid, seq, set } from './der-builder.js';
import { IGC, listFiles, loadVector, PYCA, pycaManifest } from './vectors.js';

/** Deterministic PRNG (mulberry32) so every run cuts and corrupts files the same way. */
const prng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

/** Resolves to the error code, or 'ok'; a rejection or a malformed error fails the test. */
const outcome = async (bytes: Uint8Array, password?: string): Promise<string> => {
  const res = await readFile(bytes, password === undefined ? {} : { password });
  if (res.ok) return 'ok';
  expect(ReadError.safeParse(res.error).success).toBe(true);
  expect(res.error.message.length).toBeGreaterThan(10);
  return res.error.code;
};

const vectorFiles = [
  ...Object.entries(pycaManifest()).map(([f, e]) => ({
    file: path.join(PYCA, f),
    password: e.password ?? undefined,
  })),
  ...listFiles(IGC)
    .filter((f) => !f.endsWith('.md'))
    .map((file) => ({ file, password: undefined })),
];

describe('size and password guards', () => {
  it('refuses an empty file', async () => {
    expect(await outcome(new Uint8Array(0))).toBe('empty-file');
  });

  it('refuses an oversized file before looking at it', async () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x30);
    const started = performance.now();
    expect(await outcome(big)).toBe('file-too-large');
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('refuses a password past the length limit', async () => {
    expect(
      await outcome(loadVector(PYCA, 'pkcs12/cert-none-key-none.p12'), 'x'.repeat(MAX_PASSWORD_LENGTH + 1)),
    ).toBe('wrong-password');
  });
});

describe('hostile ASN.1', () => {
  it.each([
    ['impossible length', '30 89 FF FF FF FF FF FF FF FF FF 00', 'malformed'],
    ['length past the end', '30 84 7F FF FF FF 02 01 00', 'truncated'],
    ['indefinite length never closed', '30 80 02 01 00', 'truncated'],
    ['not ASN.1 at all', '47 49 46 38 39 61 01 00', 'unrecognized-format'],
    ['unknown SEQUENCE', '30 03 01 01 FF', 'unrecognized-format'],
  ])('%s', async (_name, hexText, code) => {
    expect(await outcome(new Uint8Array(Buffer.from(hexText.replace(/\s/g, ''), 'hex')))).toBe(code);
  });

  it('refuses deep nesting quickly (indefinite and definite forms)', async () => {
    const open = new Uint8Array(200_000);
    for (let i = 0; i < open.length; i += 2) open.set([0x30, 0x80], i);
    const depth = 5_000;
    const definite = new Uint8Array(depth * 6 + 2);
    for (let i = 0; i < depth; i++) {
      const len = definite.length - 6 * (i + 1);
      definite.set(
        [0x30, 0x84, (len >>> 24) & 0xff, (len >>> 16) & 0xff, (len >>> 8) & 0xff, len & 0xff],
        i * 6,
      );
    }
    definite.set([0x05, 0x00], depth * 6);
    const started = performance.now();
    expect(await outcome(open)).toBe('malformed');
    expect(await outcome(definite)).toBe('malformed');
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('survives random bytes', async () => {
    const rand = prng(2268);
    for (let i = 0; i < 300; i++) {
      const bytes = new Uint8Array(1 + Math.floor(rand() * 600)).map(() => Math.floor(rand() * 256));
      if (i % 2 === 0) bytes[0] = 0x30; // half of them look like DER
      await outcome(bytes);
    }
  });
});

describe('damaged copies of every vector', () => {
  it('never throws on truncated files, and never accepts a cut DER file', async () => {
    const rand = prng(7292);
    for (const { file, password } of vectorFiles) {
      const bytes = loadVector(file);
      for (let k = 0; k < 3; k++) {
        const cut = 1 + Math.floor(rand() * (bytes.length - 1));
        const code = await outcome(bytes.subarray(0, cut), password);
        // A PEM cut after an END line is legitimately readable; a cut DER object never is.
        if (bytes[0] === 0x30) expect(code, `${file} cut at ${cut}`).not.toBe('ok');
      }
    }
  }, 30_000);

  it('never throws on corrupted files', async () => {
    const rand = prng(9579);
    for (const { file, password } of vectorFiles) {
      const bytes = new Uint8Array(loadVector(file));
      for (let n = 0; n < 4; n++) {
        const at = Math.floor(rand() * bytes.length);
        bytes[at] = Math.floor(rand() * 256);
      }
      await outcome(bytes, password);
    }
  }, 30_000);

  it('reports a certificate cut in half as truncated, DER or PEM', async () => {
    const der = loadVector(IGC, 'prod/ACR_ELEMENTAIRE_20130625.cer');
    expect(await outcome(der.subarray(0, der.length >> 1))).toBe('truncated');
    const pem = loadVector(PYCA, 'x509/cryptography.io.pem');
    expect(await outcome(pem.subarray(0, pem.length >> 1))).toBe('truncated');
  });
});

describe('large inputs', () => {
  it('reads a 100,000-entry CRL in reasonable time', async () => {
    const time = der(0x17, new Uint8Array(Buffer.from('250101000000Z')));
    const alg = seq(oid('1.2.840.113549.1.1.11'), nul());
    const name = seq(set(seq(oid('2.5.4.3'), der(0x0c, new Uint8Array(Buffer.from('Big CA'))))));
    const entries = Array.from({ length: 100_000 }, (_, i) => seq(int(1_000_000 + i), time));
    const tbs = seq(int(1), alg, name, time, time, der(0x30, Buffer.concat(entries)));
    const crl = seq(tbs, alg, der(0x03, new Uint8Array(257)));
    const started = performance.now();
    expect(await outcome(crl)).toBe('ok');
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
