import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

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
