/** Hostile and broken input: every call returns a value, quickly. */
import {
  describeCertificate,
  describeCrl,
  describeCsr,
  verifyCertificateSignature,
} from '../../../../src/main/pki/describe/index.js';
import { MAX_EXTENSIONS } from '../../../../src/main/pki/describe/extension-list.js';
import { bytes, extension, int, name, octet, oid, seq, utf8 } from './helpers/der-builder.js';
import { buildCertificate, buildCrl, buildCsr, revokedEntry } from './helpers/objects.js';
import { derOf, igcProdFiles } from './helpers/vectors.js';

const NOW = new Date('2025-01-01T00:00:00Z');

/** Deterministic PRNG (mulberry32) so failures reproduce. */
const rng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const all = (der: Uint8Array) =>
  Promise.all([describeCertificate(der, NOW), describeCsr(der), describeCrl(der)]);

const timed = async <T>(f: () => Promise<T>): Promise<{ value: T; ms: number }> => {
  const start = performance.now();
  const value = await f();
  return { value, ms: performance.now() - start };
};

describe('truncated input', () => {
  it('every prefix of a real certificate, CSR and CRL is a typed error', async () => {
    const objects = [derOf(igcProdFiles()[0]!), buildCsr(), buildCrl({ entries: [revokedEntry(1, NOW)] })];
    for (const der of objects) {
      for (let n = 1; n < der.length; n++) {
        for (const r of await all(der.subarray(0, n))) {
          expect(r.ok).toBe(false);
          if (!r.ok) expect(['truncated', 'malformed', 'unrecognized-format']).toContain(r.error.code);
        }
      }
    }
  });

  it('reports the cut of a certificate as truncated', async () => {
    const der = derOf(igcProdFiles()[0]!);
    const r = await describeCertificate(der.subarray(0, der.length - 10), NOW);
    expect(r.ok ? null : r.error.code).toBe('truncated');
  });
});

describe('random and corrupted bytes', () => {
  it('random buffers never throw', async () => {
    const next = rng(42);
    for (let i = 0; i < 2000; i++) {
      const len = Math.floor(next() * 600);
      const buf = new Uint8Array(len).map(() => Math.floor(next() * 256));
      if (len > 0 && next() < 0.5) buf[0] = 0x30;
      await all(buf);
    }
  });

  it('every single-byte corruption of a real certificate gives a value', async () => {
    const der = derOf(igcProdFiles()[0]!);
    for (let i = 0; i < der.length; i++) {
      const copy = new Uint8Array(der);
      copy[i] = (copy[i] as number) ^ 0xff;
      const r = await describeCertificate(copy, NOW);
      expect(typeof r.ok).toBe('boolean');
      await verifyCertificateSignature(copy, der);
    }
  });
});

describe('absurd sizes', () => {
  it('a 1 MiB common name', async () => {
    const cn = 'A,'.repeat(512 * 1024);
    const { value: r, ms } = await timed(() =>
      describeCertificate(buildCertificate({ subject: name([['2.5.4.3', utf8(cn)]]) }), NOW),
    );
    expect(r.ok).toBe(true);
    // Kept: the first MAX_TEXT_CHARS characters, escaped, then the truncation mark.
    if (r.ok) expect(r.value.subject.text).toMatch(/^CN=(A\\,){2048}…\{len=1048576,sha256=[0-9A-F]{16}\}$/);
    expect(ms).toBeLessThan(3000);
  });

  it('a name of 50,000 RDNs and one RDN of 50,000 attributes', async () => {
    const many = Array.from({ length: 50_000 }, (_, i): [string, Uint8Array][] => [
      ['2.5.4.11', utf8(`ou${i}`)],
    ]);
    const wide: [string, Uint8Array][][] = [
      Array.from({ length: 50_000 }, (_, i): [string, Uint8Array] => ['2.5.4.3', utf8(`cn${i}`)]),
    ];
    for (const subject of [name(...many), name(...wide)]) {
      const { value: r, ms } = await timed(() => describeCertificate(buildCertificate({ subject }), NOW));
      expect(r.ok).toBe(true);
      expect(ms).toBeLessThan(3000);
    }
  });

  it('an absurd number of extensions is refused with a typed error; a long list within the cap is described', async () => {
    const many = (n: number) =>
      Array.from({ length: n }, (_, i) =>
        extension(i % 2 === 0 ? `1.2.3.${i}` : '1.2.3.99999', octet(bytes(i & 0xff))),
      );
    const { value: r, ms } = await timed(() =>
      describeCertificate(buildCertificate({ extensions: many(10_000) }), NOW),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/extensions/);
    expect(ms).toBeLessThan(3000);
    const within = await describeCertificate(buildCertificate({ extensions: many(MAX_EXTENSIONS) }), NOW);
    expect(within.ok).toBe(true);
    if (within.ok) {
      expect(within.value.extensions).toHaveLength(MAX_EXTENSIONS);
      expect(within.value.extensions.filter((e) => e.error?.startsWith('duplicate')).length).toBe(
        MAX_EXTENSIONS / 2,
      );
    }
  });

  it('deeply nested extension values and huge OIDs and serials', async () => {
    let deep = bytes(0x05, 0x00);
    for (let i = 0; i < 5_000; i++) deep = seq(deep);
    const hugeOid = `1.2.${Array.from({ length: 2_000 }, () => '4294967296').join('.')}`;
    const der = buildCertificate({
      serial: int(2n ** 8000n),
      extensions: [extension('1.2.3.4', deep), extension(hugeOid, octet(bytes(1)))],
    });
    const r = await describeCertificate(der, NOW);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.extensions[0]?.summary[0]).toMatch(/^not DER/);
      expect(r.value.extensions[1]?.oid).toBe(hugeOid);
      expect(r.value.serialNumber).toMatch(/^01(00)+$/);
    }
    expect(oid(hugeOid).length).toBeGreaterThan(1000);
  });

  it('a CRL with 100,000 entries is counted, not all decoded', async () => {
    const entries = Array.from({ length: 100_000 }, (_, i) => revokedEntry(i + 1, NOW));
    const der = buildCrl({ entries });
    const { value: r, ms } = await timed(() => describeCrl(der));
    expect(r.ok && r.value.revokedCount).toBe(100_000);
    expect(ms).toBeLessThan(3000);
  });
});
