import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CPS_HOLDER, writeCpsToken } from '../../helpers/cps-card.js';
import { setUpSoftHsm, SOFTHSM_MODULE, softhsmMissing, type SoftHsm } from '../../helpers/softhsm.js';
import { tempDir } from '../../helpers/temp-dir.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const CLI = join(ROOT, 'bin', 'vigie.mjs');
const built = existsSync(join(ROOT, 'dist', 'cli', 'vigie.mjs'));
const missing = softhsmMissing() ?? (built ? null : 'dist/cli is not built (npm test builds it first)');
if (missing !== null) console.log(`skipped: vigie tokens on SoftHSM2: ${missing}`);

/** `vigie tokens` as a user runs it: the built CLI in its own process, SoftHSM as the card. */
describe.skipIf(missing !== null)('vigie tokens', () => {
  let hsm: SoftHsm;
  let dataDir: string;
  let serial: string;
  const run = (args: string[], stdin = '') =>
    spawnSync(process.execPath, [CLI, 'tokens', ...args], {
      input: stdin,
      encoding: 'utf8',
      env: { ...process.env, VIGIE_DATA_DIR: dataDir, SOFTHSM2_CONF: hsm.conf, VIGIE_PKCS11_MODULES: '' },
    });

  beforeAll(async () => {
    hsm = setUpSoftHsm();
    dataDir = tempDir('vigie-cli-tokens-');
    serial = hsm.initToken('CPS DEMO', '1234', '12345678');
    await writeCpsToken(hsm.pkcs11Tool, { tokenLabel: 'CPS DEMO', pin: '1234' });
  });
  afterAll(() => hsm.restore());

  it('lists the module, the CPS card, its holder and certificates with their end dates', () => {
    const r = run(['--module', SOFTHSM_MODULE]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`module ${SOFTHSM_MODULE} (softhsm): loaded`);
    expect(r.stdout).toContain(`CPS card "CPS DEMO" serial ${serial}, PIN ok`);
    expect(r.stdout).toContain(`RPPS ${DEFAULT_CPS_HOLDER.rpps}`);
    expect(r.stdout.match(/certificate 0[12] "Certificat d/g)).toHaveLength(2);
    expect(r.stdout).toMatch(/expires \d{4}-\d{2}-\d{2} \(authentication\)/);
    expect(r.stdout).toContain('public objects only');
  });

  it('--json with --pin-stdin: the keys, never extractable, paired by CKA_ID', () => {
    const r = run(['--module', SOFTHSM_MODULE, '--token', serial, '--pin-stdin', '--json'], '1234\n');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as {
      tokens: {
        certificates: { id: string; keyLabel: string | null }[];
        keys: { label: string; nonExtractable: boolean }[];
      }[];
    };
    const [card] = out.tokens;
    expect(card?.keys.map((k) => [k.label, k.nonExtractable]).sort()).toEqual([
      ['CPS_PRIV_AUT', true],
      ['CPS_PRIV_SIG', true],
    ]);
    expect(card?.certificates.map((c) => [c.id, c.keyLabel]).sort()).toEqual([
      ['01', 'CPS_PRIV_AUT'],
      ['02', 'CPS_PRIV_SIG'],
    ]);
    expect(r.stdout).not.toContain('1234\n');
  });

  it('a PIN that is not 4 digits never reaches the card; a wrong one exits 1 with the tries state', () => {
    const bad = run(['--module', SOFTHSM_MODULE, '--token', serial, '--pin-stdin', '--json'], '12\n');
    expect(bad.status).toBe(1);
    expect(JSON.parse(bad.stdout).tokens[0].error).toMatchObject({ code: 'pin-invalid', ckr: null });
    const wrong = run(['--module', SOFTHSM_MODULE, '--token', serial, '--pin-stdin'], '0000\n');
    expect(wrong.status).toBe(1);
    expect(wrong.stdout).toContain('could not be read');
    const after = run(['--module', SOFTHSM_MODULE]);
    expect(after.stdout).toContain('PIN: tries low');
  });

  it('with several tokens, a PIN needs --token (it is never tried on another card)', () => {
    hsm.initToken('AUTRE', '87654321', '12345678');
    const r = run(['--module', SOFTHSM_MODULE, '--pin-stdin'], '1234\n');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--token SERIAL');
  });
});
