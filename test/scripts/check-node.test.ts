import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SCRIPT = join(ROOT, 'scripts', 'check-node.mjs');
/** Debian 12's Node 20: older than Vigie's 22.12. */
const OLD_NODE = '/usr/bin/node';
const oldVersion = existsSync(OLD_NODE)
  ? spawnSync(OLD_NODE, ['--version'], { encoding: 'utf8' }).stdout.trim()
  : '';
const oldMissing = !/^v(1\d|2[01]|22\.(\d|1[01]))\./.test(oldVersion)
  ? `${OLD_NODE} is absent or not older than 22.12 (${oldVersion || 'none'})`
  : null;
if (oldMissing) console.log(`skipped: check-node.mjs on an old Node: ${oldMissing}`);

/** `preinstall` (scripts/check-node.mjs): one clear line and exit 1 on a Node that is too old. */
describe('check-node.mjs', () => {
  it.skipIf(oldMissing !== null)('prints exactly one line and exits 1 on an old Node', () => {
    const r = spawnSync(OLD_NODE, [SCRIPT], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `Vigie needs Node.js 22.12 or newer (this is ${oldVersion}): run \`. scripts/use-node.sh\` first, or install a newer Node.\n`,
    );
  });

  it('says nothing and exits 0 on this Node', () => {
    const r = spawnSync(process.execPath, [SCRIPT], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout + r.stderr).toBe('');
  });
});

/** The project's own npm settings (.npmrc engine-strict) on a copy of its manifest and lock. */
const projectCopy = (): string => {
  const dir = tempDir('vigie-npm-ci-');
  for (const f of ['package.json', 'package-lock.json', '.npmrc']) copyFileSync(join(ROOT, f), join(dir, f));
  return dir;
};
const OLD_NPM = '/usr/bin/npm';

describe('npm ci and the Node version (.npmrc engine-strict)', () => {
  it.skipIf(oldMissing !== null || !existsSync(OLD_NPM))(
    'on an old Node: one EBADENGINE error for Vigie itself, no page of dependency warnings, nothing installed',
    () => {
      const dir = projectCopy();
      const r = spawnSync(OLD_NODE, [OLD_NPM, 'ci', '--dry-run'], {
        cwd: dir,
        encoding: 'utf8',
        env: {
          ...process.env,
          PATH: `/usr/bin:${process.env['PATH'] ?? ''}`,
          npm_config_update_notifier: 'false',
        },
        timeout: 60_000,
      });
      const out = `${r.stdout}${r.stderr}`;
      expect(r.status).not.toBe(0);
      expect(out).toContain('npm error code EBADENGINE');
      expect(out).toMatch(/Not compatible with your version of node\/npm: vigie@/);
      expect(out).toContain('Required: {"node":">=22.12"}');
      expect(out).not.toContain('npm warn EBADENGINE');
      expect(out.split('\n').filter((l) => l.trim() !== '').length).toBeLessThanOrEqual(8);
      expect(existsSync(join(dir, 'node_modules'))).toBe(false);
    },
  );

  it('on this Node: every package of the lock is accepted (engine-strict breaks no install)', () => {
    const dir = projectCopy();
    // The npm on PATH runs on the first node there: this one (npm test puts it first).
    const r = spawnSync('npm', ['ci', '--dry-run', '--ignore-scripts'], {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        PATH: `${join(process.execPath, '..')}:${process.env['PATH'] ?? ''}`,
        npm_config_update_notifier: 'false',
      },
      timeout: 120_000,
    });
    const out = `${r.stdout}${r.stderr}`;
    expect(r.status, out).toBe(0);
    expect(out).not.toMatch(/EBADENGINE|notsup/);
  }, 150_000);
});
