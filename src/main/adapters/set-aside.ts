import { readdir, readFile, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { SetAsideFile, SetAsideStore } from '../../shared/model/recovery.js';
import { nodeFileSystem } from './node-file-system.js';

/**
 * Files Vigie could not read are moved aside, never deleted, and a clean one is started:
 * - the SQLite inventory: `inventory.sqlite.damaged-<ms>` (adapters/inventory);
 * - a conf / electron-store document that is not JSON: `<name>.damaged-<ms>.bak.json`
 *   (here; the same scheme as `DocumentStore.preserve`'s `<name>.<tag>.bak.json`);
 * - a document some entries of which could not be read: `preserve` keeps the original as
 *   `<name>.unreadable.bak.json` / `<name>.unreadable-entries.bak.json` before the next write.
 * The start-up sweep finds them by these names and tells the window once about each
 * (`recovery.json` remembers which it told).
 */

/** The name a document store's file gets once set aside. */
export const damagedDocumentPath = (jsonPath: string, at: number): string =>
  `${jsonPath.replace(/\.json$/, '')}.damaged-${at}.bak.json`;

const isMissing = (e: unknown): boolean => (e as NodeJS.ErrnoException | null)?.code === 'ENOENT';

const parsesAsJson = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/**
 * Moves a document store's file aside when it is not JSON (conf and electron-store refuse
 * to open it, and would otherwise stop the app at every start). Returns where it went, or
 * null when the file reads or is not there.
 */
export const setAsideUnreadableDocument = async (
  jsonPath: string,
  now: number = Date.now(),
): Promise<string | null> => {
  let text: string;
  try {
    text = await readFile(jsonPath, 'utf8');
  } catch (e) {
    if (isMissing(e)) return null;
    throw e;
  }
  if (parsesAsJson(text)) return null;
  const aside = damagedDocumentPath(jsonPath, now);
  await rename(jsonPath, aside);
  return aside;
};

const STORES: readonly SetAsideStore[] = ['inventory', 'inventory-settings', 'orders', 'token-settings'];
const storeOf = (base: string): SetAsideStore => STORES.find((s) => s === base) ?? 'other';

const PATTERNS: readonly { re: RegExp; reason: SetAsideFile['reason'] }[] = [
  { re: /^(.+)\.sqlite\.damaged-\d+$/, reason: 'damaged' },
  { re: /^(.+)\.damaged-\d+\.bak\.json$/, reason: 'damaged' },
  { re: /^(.+)\.unreadable(?:-entries)?\.bak\.json$/, reason: 'unreadable-entries' },
];

export type FoundSetAside = SetAsideFile & {
  /** Name and modification time: a copy `preserve` writes again under the same name is new. */
  id: string;
};

/** The set-aside files directly in `dataDir`, oldest first. */
export const findSetAside = async (dataDir: string): Promise<FoundSetAside[]> => {
  let names: string[];
  try {
    names = await readdir(dataDir);
  } catch (e) {
    if (isMissing(e)) return [];
    throw e;
  }
  const found: (FoundSetAside & { mtimeMs: number })[] = [];
  for (const name of names) {
    for (const { re, reason } of PATTERNS) {
      const base = re.exec(name)?.[1];
      if (base === undefined) continue;
      const path = join(dataDir, name);
      const info = await stat(path).catch(() => null);
      if (!info?.isFile()) break;
      const mtimeMs = Math.round(info.mtimeMs);
      found.push({ store: storeOf(base), reason, path, id: `${name}@${mtimeMs}`, mtimeMs });
      break;
    }
  }
  return found
    .sort((a, b) => a.mtimeMs - b.mtimeMs || a.path.localeCompare(b.path))
    .map(({ mtimeMs: _, ...file }) => file);
};

type Journal = { format: 'vigie-recovery'; version: 1; told: string[] };

const readTold = async (journalPath: string): Promise<Set<string>> => {
  try {
    const json: unknown = JSON.parse(await readFile(journalPath, 'utf8'));
    const told = (json as Partial<Journal> | null)?.told;
    return new Set(Array.isArray(told) ? told.filter((t): t is string => typeof t === 'string') : []);
  } catch {
    // Missing or unreadable: at worst the window is told again about what is still there.
    return new Set();
  }
};

/**
 * The files of `found` the window was not told about yet; the journal then remembers all
 * of `found` (and forgets what is gone, so it never grows past what is on disk).
 */
export const takeUntold = async (
  journalPath: string,
  found: readonly FoundSetAside[],
): Promise<FoundSetAside[]> => {
  const told = await readTold(journalPath);
  const untold = found.filter((f) => !told.has(f.id));
  if (untold.length === 0 && told.size === found.length) return [];
  const journal: Journal = { format: 'vigie-recovery', version: 1, told: found.map((f) => f.id) };
  await nodeFileSystem.writeFileAtomic(
    journalPath,
    new TextEncoder().encode(`${JSON.stringify(journal, null, 2)}\n`),
    0o600,
  );
  return untold;
};
