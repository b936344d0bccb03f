import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';
import { tempDir } from '../../../helpers/temp-dir.js';

/**
 * The inventory on a real SQLite file, its writer killed with SIGKILL in the middle of a
 * stream of transactions: the file must open, pass SQLite's integrity check, and hold every
 * batch the writer reported as committed, each batch whole (20 certificates, their
 * locations and statuses, or none of them).
 */
const BATCH = 20;
let writer: string;

beforeAll(async () => {
  writer = join(tempDir('vigie-inventory-writer-'), 'inventory-writer.mjs');
  await build({
    entryPoints: [join(import.meta.dirname, 'fixtures', 'inventory-writer.ts')],
    outfile: writer,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'warning',
  });
}, 60_000);

const killAfterCommits = (path: string, commits: number): Promise<number> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, path], { stdio: ['ignore', 'pipe', 'pipe'] });
    let last = -1;
    let pending = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      pending += d.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) last = Number(line);
      if (last + 1 >= commits && !child.killed) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(last);
      else reject(new Error(`writer ended with ${code}: ${stderr}`));
    });
  });

describe('the inventory killed mid-write', () => {
  it('opens intact with every committed batch, each whole', async () => {
    const path = join(tempDir('vigie-inventory-crash-'), 'inventory.sqlite');
    const reported = await killAfterCommits(path, 40);
    expect(reported).toBeGreaterThanOrEqual(39);

    const { DatabaseSync } = process.getBuiltinModule('node:sqlite');
    const db = new DatabaseSync(path);
    try {
      expect(db.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
      const count = (table: string) =>
        Number((db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n);
      const certificates = count('certificates');
      // Committed batches are all there; the one in flight is there whole or not at all.
      expect(certificates).toBeGreaterThanOrEqual((reported + 1) * BATCH);
      expect(certificates % BATCH).toBe(0);
      expect(count('locations')).toBe(certificates);
      expect(count('status_history')).toBe(certificates);
    } finally {
      db.close();
    }
  }, 60_000);
});
