import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { defaultDataDir, privateTempDir } from '../app/paths.js';
import { narrowMode } from './node-file-system.js';

/**
 * Temporary secret material: a PKCS#12 and its password file handed to an OS tool
 * (pk12util, certutil, PowerShell, security) for the time of one call. It never goes to the
 * shared OS temp folder: it lives in `<data folder>/private-temp` (0700), one folder per
 * call named `<pid>-<random>` (0700, files 0600), removed in `finally`. A process killed
 * mid-call leaves its folder; the next start sweeps it (`sweepPrivateTemp`, called from
 * app/start-sweep.ts), once its pid is gone.
 */

/** Writes a file readable by the current user only; returns its path. */
export type TempWriter = (name: string, data: Uint8Array | string) => Promise<string>;

export const PRIVATE_DIR_MODE = 0o700;
const PRIVATE_FILE_MODE = 0o600;
/** A leftover whose pid is alive again (reused after a reboot) still goes after this long. */
const MAX_AGE_MS = 3_600_000;

let registeredRoot: string | null = null;

/**
 * The folder temporary secrets go to from now on in this process: `<dataDir>/private-temp`
 * of the core that started last (app/start-sweep.ts). `null` forgets it (tests).
 */
export const usePrivateTempRoot = (root: string | null): void => {
  registeredRoot = root;
};

/** The registered folder, else the default data folder's (before any core started). */
export const privateTempRoot = (): string => registeredRoot ?? privateTempDir(defaultDataDir());

const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/**
 * Runs `work` with a fresh private folder under `root` and removes the folder whatever
 * happens: passwords and keys handed to tools through files must not outlive the call.
 */
export const withPrivateTemp = async <T>(
  work: (write: TempWriter) => Promise<T>,
  root: string = privateTempRoot(),
): Promise<T> => {
  await mkdir(root, { recursive: true, mode: PRIVATE_DIR_MODE });
  await narrowMode(root, PRIVATE_DIR_MODE);
  // mkdtemp makes the folder 0700 itself.
  const dir = await mkdtemp(join(root, `${process.pid}-`));
  try {
    const write: TempWriter = async (name, data) => {
      if (!SAFE_NAME.test(name) || name.includes('..')) throw new Error(`unsafe temp file name ${name}`);
      const path = join(dir, name);
      await writeFile(path, data, { mode: PRIVATE_FILE_MODE, flag: 'wx' });
      return path;
    };
    return await work(write);
  } finally {
    await rm(dir, { recursive: true, force: true, maxRetries: 3 });
  }
};

/** True while a process with this pid exists (EPERM: it exists, as another user). */
export const pidAlive = (pid: number): boolean => {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

export type SweepOptions = {
  now?: () => number;
  /** Injected by tests; default: `process.kill(pid, 0)`. */
  isAlive?: (pid: number) => boolean;
};

/**
 * True for what a dead or long-gone writer left: its pid (in the name) is not running any
 * more, or it is older than an hour. This process's own pid counts as alive.
 */
export const isLeftover = (pid: number | null, mtimeMs: number, options: SweepOptions = {}): boolean => {
  const now = options.now?.() ?? Date.now();
  if (now - mtimeMs > MAX_AGE_MS) return true;
  if (pid === null) return true;
  if (pid === process.pid) return false;
  return !(options.isAlive ?? pidAlive)(pid);
};

/**
 * Removes what interrupted calls left under `root` (folders of processes that are gone) and
 * narrows `root` to 0700. Returns the names removed. Anything else found there goes too:
 * the folder is Vigie's alone.
 */
export const sweepPrivateTemp = async (root: string, options: SweepOptions = {}): Promise<string[]> => {
  let names: string[];
  try {
    names = await readdir(root);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  await narrowMode(root, PRIVATE_DIR_MODE);
  const removed: string[] = [];
  for (const name of names) {
    const path = join(root, name);
    const info = await stat(path).catch(() => null);
    if (info === null) continue;
    const pid = /^(\d+)-/.exec(basename(path))?.[1];
    if (!isLeftover(pid === undefined ? null : Number(pid), info.mtimeMs, options)) continue;
    await rm(path, { recursive: true, force: true, maxRetries: 3 });
    removed.push(name);
  }
  return removed;
};
