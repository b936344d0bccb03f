import { chmod, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_THRESHOLDS } from '../../../src/shared/inventory/deadlines.js';
import type { RecoveryNotice } from '../../../src/shared/model/recovery.js';
import { openVault, PASSPHRASE } from '../services/vault/helpers/vault-fixture.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { composeOn, deadPid, modeOf } from './crash-helpers.js';

const NOT_A_DATABASE = Buffer.from('SQLite format 2\0'.padEnd(4096, 'x'));
const CUT_SHORT = '{"document": {"thresholds": [90, 30], "folders": [{"path": "/srv/ce';
const JUNK = Buffer.from([0x00, 0xff, 0xfe, 0x7b, 0x00, 0x22]);

/**
 * A data folder as a crash (or a disk error, or an older Vigie) can leave it, started by the
 * real core: compose.ts's start() runs the start-up sweep first.
 */
describe('start after a crash: damaged files, leftovers, loose permissions', () => {
  it('sets the damaged files aside, starts clean, tells the window once, and sweeps leftovers', async () => {
    const dataDir = tempDir('vigie-start-recovery-');
    const vaultDir = join(dataDir, 'vault');
    const vault = openVault(vaultDir);
    expect((await vault.setup({ mode: 'passphrase', passphrase: PASSPHRASE })).ok).toBe(true);
    expect((await vault.generate({ algorithm: 'RSA', bits: 2048, label: 'kept' })).ok).toBe(true);
    await writeFile(join(dataDir, 'inventory.sqlite'), NOT_A_DATABASE);
    await writeFile(join(dataDir, 'inventory-settings.json'), CUT_SHORT);
    await writeFile(join(dataDir, 'orders.json'), JUNK);
    // A killed install (PKCS#12 + password file) and a killed key write.
    const dead = deadPid();
    const killedInstall = join(dataDir, 'private-temp', `${dead}-a1b2c3`);
    await mkdir(killedInstall, { recursive: true });
    await writeFile(join(killedInstall, 'import.p12'), 'p12');
    await writeFile(join(killedInstall, 'p12.pw'), 'one-time password');
    await writeFile(
      join(vaultDir, `.0f8fad5b-d9cb-469f-a165-70867728950e.p8.${dead}-0123456789ab.tmp`),
      'half',
    );
    // An older Vigie's modes.
    await chmod(dataDir, 0o755);
    await chmod(vaultDir, 0o755);
    for (const name of await readdir(vaultDir)) await chmod(join(vaultDir, name), 0o644);

    const { core, events } = composeOn(dataDir);
    await core.start();
    try {
      const notices = events.filter((e) => e.name === 'app.recovery').map((e) => e.payload as RecoveryNotice);
      expect(notices).toHaveLength(1);
      const notice = notices[0]!;
      expect(notice.folder).toBe(dataDir);
      expect(notice.files.map((f) => [f.store, f.reason]).sort()).toEqual([
        ['inventory', 'damaged'],
        ['inventory-settings', 'damaged'],
        ['orders', 'damaged'],
      ]);
      // Each copy is the file as it was, byte for byte, in the data folder.
      const byStore = new Map(notice.files.map((f) => [f.store, f.path]));
      expect(await readFile(byStore.get('inventory')!)).toEqual(NOT_A_DATABASE);
      expect(await readFile(byStore.get('inventory-settings')!, 'utf8')).toBe(CUT_SHORT);
      expect(await readFile(byStore.get('orders')!)).toEqual(JUNK);
      for (const path of byStore.values()) expect(path.startsWith(`${dataDir}/`)).toBe(true);

      // Started clean: default settings, no orders, an empty inventory that works.
      expect((await core.services.inventory.settings()).thresholds).toEqual([...DEFAULT_THRESHOLDS]);
      expect(await core.services.orders.list()).toEqual({ ok: true, value: [] });
      expect(await core.services.inventory.list()).toMatchObject({ ok: true, value: { entries: [] } });
      // The vault is untouched: its key is still listed.
      expect((await core.services.vault.status()).keyCount).toBe(1);

      // Leftovers gone, modes narrowed.
      expect(await readdir(join(dataDir, 'private-temp'))).toEqual([]);
      expect((await readdir(vaultDir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
      expect(await modeOf(dataDir)).toBe(0o700);
      expect(await modeOf(vaultDir)).toBe(0o700);
      expect(await modeOf(join(dataDir, 'private-temp'))).toBe(0o700);
      for (const name of await readdir(vaultDir))
        expect(await modeOf(join(vaultDir, name)), name).toBe(0o600);
    } finally {
      await core.stop();
    }

    // The next start has nothing new to say.
    const again = composeOn(dataDir);
    await again.core.start();
    await again.core.stop();
    expect(again.events.filter((e) => e.name === 'app.recovery')).toEqual([]);
  });

  it('says nothing and moves nothing when the data folder is sound', async () => {
    const dataDir = tempDir('vigie-start-sound-');
    const first = composeOn(dataDir);
    await first.core.start();
    expect(
      (await first.core.services.inventory.setDeadlines({ thresholds: [45], renewNowDays: 20 })).ok,
    ).toBe(true);
    await first.core.stop();
    const second = composeOn(dataDir);
    await second.core.start();
    await second.core.stop();
    expect([...first.events, ...second.events].filter((e) => e.name === 'app.recovery')).toEqual([]);
    expect((await readdir(dataDir)).filter((n) => n.includes('.bak') || n.includes('damaged'))).toEqual([]);
  });
});
