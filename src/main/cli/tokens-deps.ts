import { cliFileSystem } from '../adapters/node-file-system.js';
import { confDocumentStore } from '../adapters/conf-document-store.js';
import { systemClock } from '../adapters/system-clock.js';
import { composeInspection } from '../app/compose-inspection.js';
import { composeTokens } from '../app/compose-tokens.js';
import { defaultDataDir } from '../app/paths.js';
import type { TokensDeps } from './tokens-command.js';

/**
 * `vigie tokens` runs the app's cards-and-tokens service inline (no worker: the command has
 * nothing else to do while a module answers) over the inspection layer, which reads each
 * certificate found on a card. The modules the user added in the app are used too.
 */
export const tokensDeps = (): TokensDeps => ({
  makeService: (extraModules) => {
    const dataDir = defaultDataDir();
    const base = composeInspection(
      { fs: cliFileSystem, clock: systemClock, events: { emit: () => undefined } },
      { dataDir },
    );
    const tokens = composeTokens({
      runtime: { kind: 'inline', extraModules },
      env: process.env,
      fs: cliFileSystem,
      settings: confDocumentStore(dataDir, 'token-settings'),
      events: { emit: () => undefined },
      inspector: base.services.inspector,
    });
    let started: Promise<void> | null = null;
    const ready = () => (started ??= tokens.start());
    return {
      view: async () => (await ready(), tokens.service.view()),
      contents: async (ref, pin) => (await ready(), tokens.service.contents(ref, pin)),
      stop: async () => {
        await tokens.stop();
        await base.stop();
      },
    };
  },
});
