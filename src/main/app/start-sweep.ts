import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { RecoveryNotice } from '../../shared/model/recovery.js';
import { atomicTempWriter, narrowMode } from '../adapters/node-file-system.js';
import {
  isLeftover,
  PRIVATE_DIR_MODE,
  sweepPrivateTemp,
  usePrivateTempRoot,
  type SweepOptions,
} from '../adapters/private-temp.js';
import { findSetAside, setAsideUnreadableDocument, takeUntold } from '../adapters/set-aside.js';
import { DATA_FOLDER, privateTempDir } from './paths.js';

const PRIVATE_FILE_MODE = 0o600;

export type StartSweepReport = {
  /** Temp folders and atomic-write temp files of killed processes, removed. */
  removed: string[];
  /** Documents that were not JSON, moved aside before anything opened them. */
  setAside: string[];
  /** What the window is told (null: nothing new). */
  notice: RecoveryNotice | null;
  /** Steps that failed; the start goes on regardless. */
  failures: string[];
};

/** Hidden `.<name>.<pid>-<random>.tmp` of an atomic write (older Vigies: no pid). */
const ATOMIC_TEMP = /^\..+\.tmp$/;

const removeAtomicLeftovers = async (dir: string, options: SweepOptions): Promise<string[]> => {
  const removed: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (!entry.isFile() || !ATOMIC_TEMP.test(entry.name)) continue;
    const path = join(dir, entry.name);
    const info = await stat(path).catch(() => null);
    if (info === null || !isLeftover(atomicTempWriter(entry.name), info.mtimeMs, options)) continue;
    await rm(path, { force: true });
    removed.push(path);
  }
  return removed;
};

const exists = async (path: string): Promise<boolean> => (await stat(path).catch(() => null)) !== null;

/**
 * Run first at every start (compose.ts `start()`), before anything reads the data folder:
 * - the data folder and the vault are narrowed to 0700 and the vault's files to 0600 (an
 *   older Vigie, or a library, made them 0755 / 0644);
 * - what killed processes left is removed: their private temp folders (a PKCS#12 and its
 *   password file, see adapters/private-temp.ts) and their atomic-write temp files (an
 *   encrypted key half written), in the vault and the data folder;
 * - the private temp folder of this data folder becomes the process's one;
 * - a settings or orders document that is not JSON is moved aside (the app then starts
 *   clean instead of failing), and whatever was set aside since the last start (the
 *   inventory's `.damaged-` copy, documents' unreadable entries…) is told once through
 *   `tell`, for the window's recovery notice.
 * Nothing here stops the start: a step that fails is reported and skipped.
 */
export const sweepDataDirAtStart = async (
  dataDir: string,
  tell: (notice: RecoveryNotice) => void = () => undefined,
  options: SweepOptions = {},
): Promise<StartSweepReport> => {
  const report: StartSweepReport = { removed: [], setAside: [], notice: null, failures: [] };
  const step = async (what: string, work: () => Promise<void>) => {
    try {
      await work();
    } catch (e) {
      report.failures.push(`${what}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  await step('data folder', async () => {
    await mkdir(dataDir, { recursive: true, mode: PRIVATE_DIR_MODE });
    await narrowMode(dataDir, PRIVATE_DIR_MODE);
    report.removed.push(...(await removeAtomicLeftovers(dataDir, options)));
  });
  const vault = join(dataDir, DATA_FOLDER.vault);
  await step('vault', async () => {
    if (!(await exists(vault))) return;
    await narrowMode(vault, PRIVATE_DIR_MODE);
    report.removed.push(...(await removeAtomicLeftovers(vault, options)));
    for (const entry of await readdir(vault, { withFileTypes: true }))
      if (entry.isFile()) await narrowMode(join(vault, entry.name), PRIVATE_FILE_MODE);
  });
  const privateTemp = privateTempDir(dataDir);
  await step('private temp', async () => {
    const gone = await sweepPrivateTemp(privateTemp, options);
    report.removed.push(...gone.map((name) => join(privateTemp, name)));
  });
  usePrivateTempRoot(privateTemp);

  for (const name of DATA_FOLDER.documents)
    await step(`${name}.json`, async () => {
      const aside = await setAsideUnreadableDocument(join(dataDir, `${name}.json`), options.now?.());
      if (aside !== null) report.setAside.push(aside);
    });
  await step('recovery notice', async () => {
    const untold = await takeUntold(join(dataDir, DATA_FOLDER.recoveryJournal), await findSetAside(dataDir));
    if (untold.length === 0) return;
    report.notice = {
      folder: dataDir,
      files: untold.slice(-50).map(({ store, reason, path }) => ({ store, reason, path })),
    };
    tell(report.notice);
  });
  for (const failure of report.failures) console.warn(`start-up sweep: ${failure}`);
  return report;
};
