import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Temp folders made by a test file, removed when that file ends (test/setup/temp-dirs.ts
 * registers the afterAll). `npm test` fails if a `vigie-*` folder it created is left in the
 * OS temp directory, so tests make their folders here rather than with a bare mkdtemp.
 */
const made = new Set<string>();

export const tempDir = (prefix: string): string => {
  const dir = mkdtempSync(join(tmpdir(), prefix.startsWith('vigie-') ? prefix : `vigie-${prefix}`));
  made.add(dir);
  return dir;
};

/** Same as tempDir, for call sites that await. */
export const tempDirAsync = async (prefix: string): Promise<string> => tempDir(prefix);

const cleanups = new Set<() => Promise<unknown>>();

/**
 * Something to end before the folders go (a composed core whose background work still
 * writes in its data folder); run by the same afterAll, first.
 */
export const beforeRemoval = (cleanup: () => Promise<unknown>): void => {
  cleanups.add(cleanup);
};

export const removeTempDirs = async (): Promise<void> => {
  for (const cleanup of cleanups) await cleanup().catch(() => undefined);
  cleanups.clear();
  for (const dir of made) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  made.clear();
};
