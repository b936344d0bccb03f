import { cliFileSystem } from '../adapters/node-file-system.js';
import { systemClock } from '../adapters/system-clock.js';
import { composeInspection } from '../app/compose-inspection.js';
import { defaultDataDir } from '../app/paths.js';
import type { InspectDeps } from './inspect-command.js';

/**
 * `vigie inspect` runs on the inspection layer of the composition root only (trust store +
 * inspector, the same services as the app): it never needs the vault, orders or keychain,
 * and not loading them is a third of its start-up (cli-core.ts builds the whole core).
 */
export const inspectDeps = (): InspectDeps => ({
  fs: cliFileSystem,
  makeCore: (trust) =>
    composeInspection(
      { fs: cliFileSystem, clock: systemClock, events: { emit: () => undefined } },
      { dataDir: defaultDataDir(), trustDirs: trust.map((path) => ({ path, source: 'command-line' })) },
    ),
});
