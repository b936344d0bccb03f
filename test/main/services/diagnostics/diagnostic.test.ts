import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeCore } from '../../../../src/main/app/compose.js';
import { confDocumentStore } from '../../../../src/main/adapters/conf-document-store.js';
import { folderSaveTarget } from '../../../../src/main/adapters/folder-save-target.js';
import { createMemorySecretStore } from '../../../../src/main/adapters/memory-secret-store.js';
import { nodeFileSystem } from '../../../../src/main/adapters/node-file-system.js';
import { systemClock } from '../../../../src/main/adapters/system-clock.js';
import type { Log } from '../../../../src/main/ports/log.js';
import { noSaveTarget } from '../../../../src/main/ports/save-target.js';
import {
  buildDiagnostic,
  DIAGNOSTIC_FORMAT,
  exportDiagnostic,
} from '../../../../src/main/services/diagnostics/index.js';
import { tempDir } from '../../../helpers/temp-dir.js';

const KEY_PEM = '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----';
const clock = { now: () => new Date('2026-12-05T02:40:00Z') };
/** A log that hands back raw lines, as if something had written a secret around the redaction. */
const rawLog = (lines: string[]): Log => ({
  write: () => undefined,
  tail: async (n) => lines.slice(-n),
  flush: async () => undefined,
});

describe('diagnostic', () => {
  it('bundles runtime, sections and the last log lines, with every secret removed', async () => {
    const value = await buildDiagnostic({
      clock,
      log: rawLog(['ok line', 'tokens.checkPin pin=123456', `export ${KEY_PEM}`]),
      runtime: () => ({ app: '1.0.0', node: '24.0.0', electron: null }),
      sections: {
        settings: async () => ({
          thresholds: [30, 7],
          folders: ['/home/u/Certificats'],
          password: 'hunter2',
        }),
        vault: async () => ({ mode: 'passphrase', passphrase: 'correct horse', keyCount: 2 }),
        broken: async () => {
          throw new Error('keystore unreachable, pin=4321');
        },
      },
    });
    expect(value).toEqual({
      format: DIAGNOSTIC_FORMAT,
      createdAt: '2026-12-05T02:40:00.000Z',
      runtime: { app: '1.0.0', node: '24.0.0', electron: null },
      settings: { thresholds: [30, 7], folders: ['/home/u/Certificats'], password: '[redacted]' },
      vault: { mode: 'passphrase', passphrase: '[redacted]', keyCount: 2 },
      broken: { unavailable: 'keystore unreachable, pin=[redacted]' },
      recentLog: ['ok line', 'tokens.checkPin pin=[redacted]', 'export [redacted]'],
    });
    expect(JSON.stringify(value)).not.toMatch(/hunter2|horse|123456|4321|BEGIN/);
  });

  it('is written through the save target; cancelled and unavailable are told apart', async () => {
    const dir = tempDir('diag-');
    const base = {
      clock,
      fs: nodeFileSystem,
      log: rawLog(['a']),
      runtime: () => ({ app: '1' }),
      sections: {},
    };
    const saved = await exportDiagnostic({ ...base, saveTarget: folderSaveTarget(dir) });
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(saved.value.path).toBe(join(dir, 'diagnostic-vigie-20261205-0240.json'));
    expect(JSON.parse(await readFile(saved.value.path, 'utf8'))).toMatchObject({ recentLog: ['a'] });
    const none = await exportDiagnostic({ ...base, saveTarget: noSaveTarget });
    expect(none).toEqual({ ok: false, error: { code: 'unavailable', message: 'No save dialog here' } });
    const cancelled = await exportDiagnostic({
      ...base,
      saveTarget: { ...noSaveTarget, chooseFile: async () => ({ kind: 'cancelled' }) },
    });
    expect(cancelled.ok).toBe(false);
  });

  it('through the composed core: failures are logged without their arguments, the export has no secret', async () => {
    const dataDir = tempDir('diag-core-');
    const core = composeCore(
      {
        fs: nodeFileSystem,
        clock: systemClock,
        opener: { open: async () => undefined },
        events: { emit: () => undefined },
        secrets: createMemorySecretStore('test', () => undefined),
        orderDocuments: confDocumentStore(dataDir, 'orders'),
        settingsDocuments: confDocumentStore(dataDir, 'inventory-settings'),
        saveTarget: folderSaveTarget(join(dataDir, 'exports')),
      },
      { dataDir, appInfo: { version: '9.9.9', platform: 'linux', runtime: 'dev-bridge' } },
    );
    try {
      await core.start();
      const h = core.handlers;
      const ctx = { origin: 'test' };
      expect((await h.vault.setup({ mode: 'passphrase', passphrase: 'zq7' }, ctx)).ok).toBe(false);
      await h.vault.setup({ mode: 'passphrase', passphrase: 'Correct-Horse-Battery-Staple-42' }, ctx);
      await h.vault.lock({}, ctx);
      expect((await h.vault.unlock({ passphrase: 'hunter2-wrong-passphrase' }, ctx)).ok).toBe(false);
      await h.tokens.checkPin({ token: { module: '/nowhere/libx.so', serial: '1' }, pin: '123456' }, ctx);
      const saved = await h.diagnostics.export({}, ctx);
      expect(saved.ok).toBe(true);
      if (!saved.ok) return;
      const text = await readFile(saved.value.path, 'utf8');
      const diagnostic = JSON.parse(text) as Record<string, unknown>;
      expect(Object.keys(diagnostic)).toEqual(
        expect.arrayContaining([
          'runtime',
          'settings',
          'vault',
          'tokens',
          'keystores',
          'anchors',
          'recentLog',
        ]),
      );
      expect(diagnostic['runtime']).toMatchObject({
        app: '9.9.9',
        runtime: 'dev-bridge',
        node: process.versions.node,
      });
      expect(diagnostic['vault']).toMatchObject({ mode: 'passphrase' });
      const recent = (diagnostic['recentLog'] as string[]).join('\n');
      expect(recent).toContain('Vigie 9.9.9 started');
      expect(recent).toMatch(/WARN {2}\[ipc\] vault\.unlock failed \{"code":"wrong-passphrase"\}/);
      const log = await readFile(join(dataDir, 'logs', 'vigie.log'), 'utf8');
      for (const secret of ['hunter2', 'Correct-Horse', 'zq7', '123456']) {
        expect(text).not.toContain(secret);
        expect(log).not.toContain(secret);
      }
    } finally {
      await core.stop();
    }
  });
});
