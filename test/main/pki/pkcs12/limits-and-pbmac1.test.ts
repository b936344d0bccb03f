import { parseNode } from '../../../../src/main/pki/asn1/elements.js';
import { readFile } from '../../../../src/main/pki/reader/index.js';
import { readPkcs12 } from '../../../../src/main/pki/pkcs12/read-pkcs12.js';
import { ReaderFailure } from '../../../../src/main/pki/reader/read-error.js';
import {
  encryptedContentInfo,
  pbe3desAlgorithm,
  pbes2Algorithm,
  pfx,
  plainContentInfo,
  shroudedKeyBag,
} from '../reader/der-builder.js';
import { RFC9579_A1, RFC9579_PASSWORD } from './rfc9579-vectors.js';

const codeOf = async (bytes: Uint8Array, password?: string): Promise<string> => {
  const res = await readFile(bytes, password === undefined ? {} : { password });
  return res.ok ? 'ok' : res.error.code;
};

/** Refusals must come before any hashing: well under a second even for 10^9 iterations. */
const QUICK = 1_000;

describe('PKCS#12 iteration limits', () => {
  it('refuses a MAC with 10^9 iterations at once, with or without a password', async () => {
    const bytes = pfx([plainContentInfo()], 1_000_000_000);
    const started = performance.now();
    expect(await codeOf(bytes)).toBe('iteration-limit');
    expect(await codeOf(bytes, 'secret')).toBe('iteration-limit');
    expect(performance.now() - started).toBeLessThan(QUICK);
  });

  it('refuses an encrypted container with 10^9 iterations before checking the MAC', async () => {
    const started = performance.now();
    expect(await codeOf(pfx([encryptedContentInfo(pbe3desAlgorithm(1_000_000_000))], 2048), 'secret')).toBe(
      'iteration-limit',
    );
    expect(await codeOf(pfx([encryptedContentInfo(pbes2Algorithm(2 ** 40))], null))).toBe('iteration-limit');
    expect(performance.now() - started).toBeLessThan(QUICK);
  });

  it('refuses a shrouded key bag with 10^9 iterations before any decryption', async () => {
    const started = performance.now();
    expect(
      await codeOf(pfx([plainContentInfo(shroudedKeyBag(pbes2Algorithm(1_000_000_000)))], null), 'secret'),
    ).toBe('iteration-limit');
    expect(performance.now() - started).toBeLessThan(QUICK);
  });

  it('reports the limit in the error detail', async () => {
    const res = await readFile(pfx([plainContentInfo()], 1_000_000_000));
    expect(res.ok ? null : res.error.detail).toMatchObject({ iterations: 1_000_000_000, limit: 2_000_000 });
  });

  it('caps the total work of many individually legal bags', async () => {
    const bags = Array.from({ length: 20 }, () => shroudedKeyBag(pbe3desAlgorithm(5_000)));
    const node = parseNode(pfx([plainContentInfo(...bags)], null)).node;
    await expect(readPkcs12(node, undefined, { remaining: 40_000 })).rejects.toSatisfy(
      (e: unknown) => e instanceof ReaderFailure && e.error.code === 'iteration-limit',
    );
  });
});

describe('PBMAC1 (RFC 9579)', () => {
  const a1 = () => new Uint8Array(Buffer.from(RFC9579_A1, 'base64'));

  it('verifies the RFC A.1 file and opens it', async () => {
    const res = await readFile(a1(), { password: RFC9579_PASSWORD });
    if (!res.ok) throw new Error(res.error.message);
    expect(res.value.pkcs12).toEqual({
      integrity: 'verified',
      passwordRequired: false,
      encryption: ['PBES2 AES-256-CBC / PBKDF2-SHA256'],
      macAlgorithm: 'PBMAC1 HMAC-SHA256 / PBKDF2-SHA256',
      macIterations: 2048,
    });
    expect(res.value.objects.map((o) => o.type)).toEqual(['certificate', 'private-key']);
  });

  it('rejects a wrong password and a tampered MAC value', async () => {
    expect(await codeOf(a1(), '12345')).toBe('wrong-password');
    const tampered = a1();
    const last = tampered.length - 20; // inside the 32-byte MAC value, before macSalt/iterations
    tampered[last] = (tampered[last] ?? 0) ^ 0x01;
    expect(await codeOf(tampered, RFC9579_PASSWORD)).toBe('wrong-password');
  });
});
