import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { inspectBytes } from '../../../../src/main/services/inspector/inspect-bytes.js';
import { inventoryFactsOf } from '../../../../src/main/services/inspector/inventory-facts.js';
import { certificatesOf } from '../../../../src/main/services/inventory/certificates-of.js';
import { MAX_FILE_BYTES } from '../../../../src/shared/limits.js';
import { makeCertificates } from '../../../helpers/chain-certificates.js';
import { makeLookAlike, REAL_TEST_PP_CA } from '../../../helpers/look-alike.js';
import { IGC, INSI_P12, VECTORS } from '../../../helpers/vectors.js';

const NOW = new Date('2026-06-01T00:00:00Z');

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });

/** Every vendored certificate file: IGC-Santé (production, TEST, the platform's PKCS#12) and pyca's. */
const files = [...filesUnder(IGC), ...filesUnder(join(VECTORS, 'pyca-cryptography', 'x509'))].filter(
  (p) => !p.endsWith('.md') && !p.endsWith('.json'),
);

describe("a scan's reading of a file", () => {
  it('says of every vendored file what the inspector says of its certificates', async () => {
    let igcSeen = 0;
    let compared = 0;
    for (const path of files) {
      const bytes = new Uint8Array(readFileSync(path));
      const input = { fileName: basename(path), bytes, now: NOW, storeCertificates: [] };
      const [facts, report] = await Promise.all([inventoryFactsOf(input), inspectBytes(input)]);
      expect(facts.ok, path).toBe(report.ok);
      if (!facts.ok || !report.ok) {
        if (!facts.ok && !report.ok) expect(facts.error.code, path).toBe(report.error.code);
        continue;
      }
      expect(facts.value.certificates, path).toEqual(certificatesOf(report.value));
      compared += facts.value.certificates.length;
      igcSeen += facts.value.certificates.filter((c) => c.igc !== null).length;
    }
    // The comparison must have covered IGC-Santé certificates (recognised in full) and others.
    expect(igcSeen).toBeGreaterThan(10);
    expect(compared).toBeGreaterThan(igcSeen + 10);
  });

  it('recognises the platform PKCS#12 certificate as IGC-Santé TEST without its password', async () => {
    const bytes = new Uint8Array(readFileSync(INSI_P12));
    const facts = await inventoryFactsOf({ fileName: 'INSI.p12', bytes, now: NOW, storeCertificates: [] });
    expect(facts.ok).toBe(true);
    if (!facts.ok) return;
    expect(facts.value.certificates.some((c) => c.igc?.environment === 'test')).toBe(true);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const bytes = new Uint8Array(MAX_FILE_BYTES + 1);
    const facts = await inventoryFactsOf({ fileName: 'big.pem', bytes, now: NOW, storeCertificates: [] });
    expect(facts).toMatchObject({ ok: false, error: { code: 'file-too-large' } });
  });

  it('tells a proven look-alike from a certificate whose issuer is just not at hand', async () => {
    const fake = await makeLookAlike();
    const pemOf = (der: Uint8Array) =>
      `-----BEGIN CERTIFICATE-----\n${Buffer.from(der).toString('base64')}\n-----END CERTIFICATE-----\n`;
    const read = async (text: string, storeCertificates: Uint8Array[] = []) => {
      const facts = await inventoryFactsOf({
        fileName: 'x.pem',
        bytes: new TextEncoder().encode(text),
        now: new Date(),
        storeCertificates,
      });
      if (!facts.ok) throw new Error(facts.error.message);
      return facts.value.certificates[0]?.igc;
    };
    // Under a CA named exactly like the real TEST CA, with another key: with the fake CA in
    // the file, or alone where the trust store holds the real CA (whose key does not verify it).
    expect(await read(pemOf(fake.leaf) + pemOf(fake.ca))).toMatchObject({ genuine: false, lookAlike: true });
    const realCa = new Uint8Array(REAL_TEST_PP_CA.rawData);
    expect(await read(pemOf(fake.leaf), [realCa])).toMatchObject({ genuine: false, lookAlike: true });
    // The same leaf with neither CA at hand: nothing proves it a fake.
    expect(await read(pemOf(fake.leaf))).toMatchObject({ genuine: false, lookAlike: false });
    // Under an IGC-Santé-looking CA nobody knows, not in the file: not genuine as far as Vigie
    // can tell, yet nothing proves it a fake.
    const { leaves } = makeCertificates(1, 1, new Date(), {
      ca: () => ({ c: 'FR', o: 'ASIP-SANTE', ou: ['IGC-SANTE TEST'], cn: 'TEST AC IGC-SANTE INCONNUE' }),
    });
    expect(await read(pemOf(leaves[0] as Uint8Array))).toMatchObject({ genuine: false, lookAlike: false });
  });
});
