/**
 * The public key is checked before anything is signed; the signer's answer is checked after.
 * A failing signer's error comes back untouched.
 */
import { generateKeyPairSync } from 'node:crypto';
import type { KeyStoreError } from '../../../../src/main/ports/key-store.js';
import { buildCsr } from '../../../../src/main/pki/csr/index.js';
import { err, ok, type Result } from '../../../../src/shared/result.js';
import { csrParts, hex } from './helpers/der.js';
import { rsaSigner } from './helpers/signer.js';
import { orgSubject, psSubject } from './helpers/subjects.js';

const signer = rsaSigner(2048);

const run = async (spkiDer: Uint8Array) => {
  const before = signer.signed.length;
  const r = await buildCsr({ subject: orgSubject(), product: 'ORG_AUTH_CLI', spkiDer, sign: signer.sign });
  return { r, signerCalls: signer.signed.length - before };
};

describe('public key guards', () => {
  const refusedKey = async (spkiDer: Uint8Array) => {
    const { r, signerCalls } = await run(spkiDer);
    expect(r.ok ? null : r.error.code).toBe('invalid-key');
    expect(signerCalls).toBe(0);
  };
  const spki = (k: { export: (o: { type: 'spki'; format: 'der' }) => Buffer }) =>
    new Uint8Array(k.export({ type: 'spki', format: 'der' }));

  it('refuses garbage, trailing bytes and an empty key', async () => {
    await refusedKey(new Uint8Array(0));
    await refusedKey(Uint8Array.of(0x30, 0x03, 0x02, 0x01, 0x00));
    await refusedKey(Uint8Array.from([...signer.spkiDer, 0x00]));
  });

  it('refuses EC and RSA-1024 keys', async () => {
    await refusedKey(spki(generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey));
    await refusedKey(spki(generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey));
  });

  it('refuses a huge public exponent at once, before it costs any time', async () => {
    const tlv = (tag: number, body: Uint8Array): Uint8Array => {
      const n = body.length;
      const len =
        n < 0x80
          ? [n]
          : n < 0x100
            ? [0x81, n]
            : n < 0x10000
              ? [0x82, n >> 8, n & 0xff]
              : [0x83, n >> 16, (n >> 8) & 0xff, n & 0xff];
      return Uint8Array.from([tag, ...len, ...body]);
    };
    const modulus = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ format: 'jwk' })
      .n as string;
    const exponent = new Uint8Array(140_000);
    exponent[0] = 0x01;
    exponent[exponent.length - 1] = 0x01;
    const rsaKey = tlv(
      0x30,
      Uint8Array.from([
        ...tlv(0x02, Uint8Array.from([0, ...Buffer.from(modulus, 'base64url')])),
        ...tlv(0x02, exponent),
      ]),
    );
    // AlgorithmIdentifier { rsaEncryption, NULL }
    const algorithm = Uint8Array.from(Buffer.from('300d06092a864886f70d0101010500', 'hex'));
    const started = performance.now();
    const spkiDer = tlv(0x30, Uint8Array.from([...algorithm, ...tlv(0x03, Uint8Array.from([0, ...rsaKey]))]));
    await refusedKey(spkiDer);
    const { r } = await run(spkiDer);
    expect(r.ok ? null : r.error.message).toMatch(/public exponent of 1119993 bits \(at most 256\)/);
    // Node's asymmetricKeyDetails spent 10 s on such an exponent; the guard reads sizes only.
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('takes an RSA-3072 key (an allowed size)', async () => {
    const big = rsaSigner(3072);
    const r = await buildCsr({
      subject: orgSubject(),
      product: 'ORG_AUTH_CLI',
      spkiDer: big.spkiDer,
      sign: big.sign,
    });
    expect(r.ok).toBe(true);
    if (r.ok) expect(hex(csrParts(r.value.der).spki)).toBe(hex(big.spkiDer));
  });
});

describe('the signer', () => {
  it('is asked to sign exactly the CertificationRequestInfo that ends up in the CSR', async () => {
    const r = await buildCsr({
      subject: psSubject(),
      product: 'PS_SIGN',
      spkiDer: signer.spkiDer,
      sign: signer.sign,
    });
    if (!r.ok) throw new Error(r.error.message);
    expect(hex(signer.signed.at(-1) ?? new Uint8Array())).toBe(hex(csrParts(r.value.der).tbs));
    expect(hex(csrParts(r.value.der).spki)).toBe(hex(signer.spkiDer));
  });

  it('failing: its error comes back as-is, typed, without a throw', async () => {
    const locked: KeyStoreError = { code: 'locked', message: 'the vault is locked' };
    const r = await buildCsr({
      subject: orgSubject(),
      product: 'ORG_AUTH_CLI',
      spkiDer: signer.spkiDer,
      sign: async (): Promise<Result<Uint8Array, KeyStoreError>> => err(locked),
    });
    expect(r).toEqual({ ok: false, error: locked });
    if (!r.ok) expect(r.error).toBe(locked);
  });

  it('signing with another key than spkiDer: signature-mismatch', async () => {
    const other = rsaSigner(2048);
    const r = await buildCsr({
      subject: orgSubject(),
      product: 'ORG_AUTH_CLI',
      spkiDer: signer.spkiDer,
      sign: other.sign,
    });
    expect(r.ok ? null : r.error.code).toBe('signature-mismatch');
  });

  it('returning garbage: signature-mismatch, not a throw', async () => {
    const r = await buildCsr({
      subject: orgSubject(),
      product: 'ORG_AUTH_CLI',
      spkiDer: signer.spkiDer,
      sign: async (): Promise<Result<Uint8Array, KeyStoreError>> => ok(new Uint8Array(3)),
    });
    expect(r.ok ? null : r.error.code).toBe('signature-mismatch');
  });
});
