import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { SaveTarget } from '../ports/save-target.js';

/** Keeps a suggested name a plain file name: no separators, no dot-files, bounded. */
const safeName = (name: string, fallback: string): string => {
  const cleaned = basename(name)
    .replace(/[^\p{L}\p{N}._ -]/gu, '_')
    .replace(/^\.+/, '')
    .slice(0, 120);
  return cleaned.length > 0 ? cleaned : fallback;
};

/** `name`, else `name-2`, `name-3`…: a dialog-less target must never replace a file. */
const freePath = (dir: string, name: string): string => {
  const ext = extname(name);
  const stem = name.slice(0, name.length - ext.length);
  for (let i = 1; ; i++) {
    const candidate = join(dir, i === 1 ? name : `${stem}-${i}${ext}`);
    if (!existsSync(candidate)) return candidate;
  }
};

/**
 * DEV / TEST ONLY: a "dialog" that always answers a fresh path under `<dataDir>/exports/`,
 * for the dev bridge (a browser cannot show the native dialog of main) and the tests. The
 * desktop app uses electron-save-target.ts. Folders are created here; files are written by
 * the export services.
 */
export const folderSaveTarget = (exportsDir: string): SaveTarget => ({
  async chooseFile({ suggestedName }) {
    await mkdir(exportsDir, { recursive: true, mode: 0o700 });
    return { kind: 'chosen', path: freePath(exportsDir, safeName(suggestedName, 'export')) };
  },
  async chooseFolder({ suggestedName }) {
    await mkdir(exportsDir, { recursive: true, mode: 0o700 });
    const path = freePath(exportsDir, safeName(suggestedName ?? 'export', 'export'));
    await mkdir(path, { mode: 0o700 });
    return { kind: 'chosen', path };
  },
});
