import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeCertificate } from '../../../../src/main/pki/describe/index.js';
import { MAX_TEXT_CHARS } from '../../../../src/shared/limits.js';
import { createSigner, hugeFieldLeaf, toPem, type HugeField } from '../../../helpers/many-certificates.js';
import { tempDir } from '../../../helpers/temp-dir.js';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..');
const CLI = join(ROOT, 'bin', 'vigie.mjs');
/** Just under the 10 MiB file cap, leaving room for the rest of the certificate. */
const HUGE = 10 * 1024 * 1024 - 2048;
const RSS_CEILING_KB = 300 * 1024;

const ca = createSigner('Vigie huge-values CA');
const fixtures = new Map<HugeField, Uint8Array>();
const leafWith = (field: HugeField): Uint8Array => {
  const cached = fixtures.get(field);
  if (cached) return cached;
  const der = hugeFieldLeaf(ca, HUGE, field);
  fixtures.set(field, der);
  return der;
};

describe('decoded text is capped', () => {
  it('keeps the first characters of a 10 MB common name, marked with its length and a digest', async () => {
    const view = await describeCertificate(leafWith('cn'), new Date());
    if (!view.ok) throw new Error(view.error.message);
    const [cn] = view.value.subject.rdns[0] ?? [];
    expect(cn?.value).toHaveLength(MAX_TEXT_CHARS);
    expect(cn?.truncatedFrom).toBe(HUGE);
    expect(view.value.subject.text).toMatch(
      new RegExp(`^CN=A{${MAX_TEXT_CHARS}}…\\{len=${HUGE},sha256=[0-9A-F]{16}\\}$`),
    );
  });

  it('caps a BMPString name and a 10 MB dNSName the same way', async () => {
    const bmp = await describeCertificate(leafWith('bmp-cn'), new Date());
    expect(bmp.ok && bmp.value.subject.rdns[0]?.[0]?.truncatedFrom).toBe(HUGE / 2);
    const san = await describeCertificate(leafWith('san'), new Date());
    if (!san.ok) throw new Error(san.error.message);
    const [name] = san.value.subjectAltNames;
    expect(name?.truncatedFrom).toBe(HUGE);
    expect(name?.value.length).toBeLessThan(MAX_TEXT_CHARS + 64);
  });
});

/** Runs the built CLI with a preload that prints its peak RSS (KiB) on exit. */
const peakRss = (dir: string, args: string[]) => {
  const probe = join(dir, 'report-rss.cjs');
  writeFileSync(
    probe,
    "process.on('exit', () => process.stderr.write(`\\nVIGIE_MAX_RSS_KB=${process.resourceUsage().maxRSS}\\n`));",
  );
  const run = spawnSync(process.execPath, ['--require', probe, CLI, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, VIGIE_NETWORK: 'off' },
  });
  const kb = Number(/VIGIE_MAX_RSS_KB=(\d+)/.exec(run.stderr)?.[1] ?? NaN);
  return { status: run.status, stdout: run.stdout, kb };
};

describe('the built CLI on a 10 MB field', () => {
  // The ceiling is a memory bound for hostile input, not a speed claim.
  for (const field of ['cn', 'bmp-cn', 'san'] as const) {
    it(`inspects and verifies a certificate with a huge ${field} under ${RSS_CEILING_KB >> 10} MB of RSS`, (ctx) => {
      if (!existsSync(join(ROOT, 'dist', 'cli', 'vigie.mjs'))) {
        console.log('skipped: dist/cli/vigie.mjs is not built (npm test builds it first)');
        ctx.skip();
      }
      const dir = tempDir('vigie-huge-');
      const file = join(dir, `${field}.der`);
      const anchor = join(dir, 'ca.pem');
      writeFileSync(file, leafWith(field));
      writeFileSync(anchor, toPem([ca.der]));
      const inspect = peakRss(dir, ['inspect', '--json', file]);
      expect(inspect.status).toBe(0);
      expect(JSON.stringify(JSON.parse(inspect.stdout)).length).toBeLessThan(64 * 1024);
      expect(inspect.kb).toBeLessThanOrEqual(RSS_CEILING_KB);
      const verify = peakRss(dir, ['verify', '--no-fetch', '--trust', anchor, '--json', file]);
      expect(verify.status).toBe(0);
      expect(verify.kb).toBeLessThanOrEqual(RSS_CEILING_KB);
      console.log(`${field}: inspect ${inspect.kb >> 10} MB, verify ${verify.kb >> 10} MB peak RSS`);
    }, 120_000);
  }
});
