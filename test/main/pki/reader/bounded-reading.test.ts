import { generateKeyPairSync } from 'node:crypto';
import { MAX_KEYS_PER_FILE } from '../../../../src/main/pki/reader/handle-object.js';
import { readFile } from '../../../../src/main/pki/reader/index.js';
import { IGC, loadVector, PYCA } from './vectors.js';

/**
 * Regressions found by fuzzing (test/fuzz): what one file can make the reader do, or put in
 * its report, is bounded.
 */
const text = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'latin1'));
const certificatePem = (): string => {
  const der = loadVector(IGC, 'prod/ACR_FORT_20130625.cer');
  return `-----BEGIN CERTIFICATE-----\n${Buffer.from(der).toString('base64')}\n-----END CERTIFICATE-----\n`;
};

describe('bounded reading', () => {
  it('names the first 100 broken PEM blocks and counts the rest in one warning', async () => {
    const res = await readFile(text(`${certificatePem()}${'-----BEGIN CERTIFICATE-----\n'.repeat(200_000)}`));
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.value.objects).toHaveLength(1);
    const broken = res.value.warnings.filter((w) => w.code === 'pem-broken-block');
    expect(broken).toHaveLength(101);
    expect(broken.at(-1)).toMatchObject({ detail: { count: 200_000 - 100 } });
  });

  it('lists a few of the labels of ignored blocks, not all of them', async () => {
    const ignored = Array.from(
      { length: 500 },
      (_, i) => `-----BEGIN LABEL ${i}-----\nQUJD\n-----END LABEL ${i}-----\n`,
    );
    const res = await readFile(text(`${certificatePem()}${ignored.join('')}`));
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const warning = res.value.warnings.find((w) => w.code === 'pem-ignored-block');
    expect(warning?.message).toContain('(500 labels)');
    expect(warning?.message.length).toBeLessThan(1_000);
  });

  it(`reads at most ${MAX_KEYS_PER_FILE} certification requests of one file`, async () => {
    const csr = Buffer.from(loadVector(PYCA, 'x509/requests/ec_sha256.der')).toString('base64');
    const block = `-----BEGIN CERTIFICATE REQUEST-----\n${csr}\n-----END CERTIFICATE REQUEST-----\n`;
    const res = await readFile(text(block.repeat(MAX_KEYS_PER_FILE + 10)));
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.value.objects).toHaveLength(MAX_KEYS_PER_FILE);
    expect(res.value.warnings.filter((w) => w.code === 'pem-broken-block')).toHaveLength(10);
  });

  it('says once that only the first PKCS#12 store is shown, and stops trying stores past the key limit', async () => {
    const p12 = Buffer.from(loadVector(PYCA, 'pkcs12/name-1-no-pwd.p12')).toString('base64');
    const block = `-----BEGIN PKCS12-----\n${p12}\n-----END PKCS12-----\n`;
    const res = await readFile(text(block.repeat(MAX_KEYS_PER_FILE + 200)));
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.value.warnings.filter((w) => w.code === 'pkcs12-extra')).toHaveLength(1);
    expect(res.value.warnings.filter((w) => w.code === 'pem-broken-block')).toHaveLength(101);
  });

  it(`reads at most ${MAX_KEYS_PER_FILE} keys of one file, and says the others were skipped`, async () => {
    const key = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey.export({
      type: 'pkcs8',
      format: 'pem',
    });
    const res = await readFile(text(String(key).repeat(MAX_KEYS_PER_FILE + 50)));
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.value.objects).toHaveLength(MAX_KEYS_PER_FILE);
    const skipped = res.value.warnings.filter((w) => w.code === 'pem-broken-block');
    expect(skipped[0]?.message).toContain(`more than ${MAX_KEYS_PER_FILE} keys`);
    expect(skipped).toHaveLength(50);
  });
});
