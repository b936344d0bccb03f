import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Where the `electron` package put its binary, or why there is none. The package's
 * install script downloads it from GitHub, which CI machines here cannot reach
 * (ELECTRON_SKIP_BINARY_DOWNLOAD=1), so the suite must be able to say "skipped: …".
 */
export const findElectronBinary = (): { path: string } | { reason: string } => {
  const require = createRequire(import.meta.url);
  let pkgDir: string;
  try {
    pkgDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { reason: 'the electron package is not installed' };
  }
  const pathFile = join(pkgDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return {
      reason: 'no Electron binary: its download was skipped or impossible (electron/path.txt is missing)',
    };
  }
  const binary = join(pkgDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? { path: binary } : { reason: `Electron binary missing at ${binary}` };
};
