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

export const removeTempDirs = (): void => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  made.clear();
};
