import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export const ROOT = join(import.meta.dirname, '..', '..');
export const VECTORS = join(ROOT, 'test', 'vectors');

export type RunningBridge = { url: string; origin: string; dataDir: string; stop: () => Promise<void> };

/**
 * Starts the real dev bridge (built by `npm test` before this suite) as a child process:
 * the real reader, chain, trust store and file system behind the real renderer.
 */
export const startBridgeProcess = async (env: Record<string, string> = {}): Promise<RunningBridge> => {
  const entry = join(ROOT, 'dist', 'dev-bridge', 'bridge.mjs');
  if (!existsSync(entry))
    throw new Error('dist/dev-bridge/bridge.mjs missing: run "npm test" (it builds first)');
  const dataDir = await mkdtemp(join(tmpdir(), 'vigie-e2e-'));
  const child: ChildProcess = spawn(process.execPath, ['--enable-source-maps', entry, '--json'], {
    cwd: ROOT,
    env: {
      ...process.env,
      VIGIE_RENDERER_DIR: join(ROOT, 'dist', 'renderer-bridge'),
      VIGIE_DATA_DIR: dataDir,
      VIGIE_TRUST_DIRS: '',
      // Real IGC-Santé files name ANS's OCSP / CRL servers: end-to-end runs reach loopback only.
      VIGIE_NETWORK: 'loopback',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    const rl = createInterface({ input: child.stdout! });
    rl.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`dev bridge exited early (${code})`)));
  });
  const { url, origin } = JSON.parse(line) as { url: string; origin: string };
  return {
    url,
    origin,
    dataDir,
    // Stops the bridge, then removes its data folder (vault, orders, NSS home).
    stop: async () => {
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
      await rm(dataDir, { recursive: true, force: true, maxRetries: 3 });
    },
  };
};
