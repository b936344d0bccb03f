import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../../src/main/cli/vigie-cli.js';
import { IGC, INSI_P12 } from '../../helpers/vectors.js';
import { capture } from './helpers/capture.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');

describe('vigie inspect', () => {
  beforeAll(() => {
    process.env['VIGIE_DATA_DIR'] = join(ROOT, 'test-results', 'cli-data');
  });

  it('prints one JSON object per certificate with the documented fields', async () => {
    const c = capture();
    const code = await runCli(['inspect', '--json', INSI_P12], c.io);
    expect(code).toBe(0);
    const rows = JSON.parse(c.out()) as Record<string, unknown>[];
    // Three certificates shown before the password, and the (still encrypted) key.
    expect(rows.map((r) => r['kind'])).toEqual(['certificate', 'certificate', 'certificate', 'private-key']);
    expect(rows[3]).toMatchObject({ subject: null, verified: false, key: { encrypted: true } });
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(
        expect.arrayContaining([
          'file',
          'format',
          'kind',
          'subject',
          'issuer',
          'serialNumber',
          'notBefore',
          'notAfter',
          'daysLeft',
          'sha256',
          'spkiSha256',
          'igcSante',
          'chain',
          'verified',
        ]),
      );
    }
    const leaf = rows.find((r) => String(r['subject']).includes('INSI-MANU'))!;
    expect(leaf).toMatchObject({
      format: 'pkcs12',
      kind: 'certificate',
      verified: false,
      igcSante: {
        environment: 'test',
        family: 'ORG',
        product: 'ORG_AUTH_CLI',
        structureId: { type: 'FINESS', value: '0B0221636', valid: expect.any(Boolean) },
        personId: null,
        departement: '69',
      },
      chain: { status: 'valid', reason: null },
    });
    expect(String(leaf['notAfter']).startsWith('2028-04-25')).toBe(true);
    expect(c.err()).toMatch(/password required/);
  });

  it('exits 2 with a JSON error for a wrong password', async () => {
    const c = capture('definitely-wrong\n');
    const code = await runCli(['inspect', '--json', '--password-stdin', INSI_P12], c.io);
    expect(code).toBe(2);
    expect(JSON.parse(c.out())).toMatchObject({
      error: { code: 'wrong-password', message: expect.any(String) },
    });
  });

  it('exits 2 with a JSON error for missing, empty or non-certificate files', async () => {
    for (const file of [join(ROOT, 'no-such-file.pem'), join(IGC, 'SOURCES.md')]) {
      const c = capture();
      expect(await runCli(['inspect', '--json', file], c.io)).toBe(2);
      expect(JSON.parse(c.out()).error.code).toMatch(/io-error|unrecognized-format|malformed/);
    }
  });

  it('describes the official chain bundle in text form', async () => {
    const c = capture();
    expect(await runCli(['inspect', join(IGC, 'prod', 'Chaine_de_certification-IGC-Sante.p7b')], c.io)).toBe(
      0,
    );
    expect(c.out()).toContain('AC RACINE IGC-SANTE ELEMENTAIRE');
    expect(c.out()).toMatch(/Chain: +valid/);
  });

  it('explains usage', async () => {
    const c = capture();
    expect(await runCli(['--help'], c.io)).toBe(0);
    expect(c.out()).toContain('inspect FILE');
    const bad = capture();
    expect(await runCli(['inspect', '--nope'], bad.io)).toBe(2);
    expect(await runCli(['frobnicate'], capture().io)).toBe(2);
  });

  it('works as the installed command (bin/vigie.mjs → dist/cli)', (ctx) => {
    if (!existsSync(join(ROOT, 'dist', 'cli', 'vigie.mjs'))) {
      console.log('skipped: dist/cli/vigie.mjs is not built (npm test builds it first)');
      ctx.skip();
    }
    const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'vigie.mjs'), 'inspect', '--json', INSI_P12], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toHaveLength(4);
  });
});
