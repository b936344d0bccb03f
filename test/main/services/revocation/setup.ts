import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { createNodeHttpFetcher } from '../../../../src/main/adapters/node-http-fetcher.js';
import { nodeFileSystem } from '../../../../src/main/adapters/node-file-system.js';
import {
  createRevocationService,
  type RevocationLimits,
  type RevocationService,
} from '../../../../src/main/services/revocation/index.js';
import { startFixturePki, type FixturePki } from '../../../helpers/fixture-pki-server.js';
import { tempDir } from '../../../helpers/temp-dir.js';

/** A clock tests can move; the fixture server and the service share it. */
export type TestClock = { now: () => Date; advance: (ms: number) => void };

export const testClock = (): TestClock => {
  let offset = 0;
  return { now: () => new Date(Date.now() + offset), advance: (ms) => void (offset += ms) };
};

export type World = {
  pki: FixturePki;
  clock: TestClock;
  cacheDir: string;
  service: (limits?: Partial<RevocationLimits>) => RevocationService;
  dispose: () => Promise<void>;
};

/** Fixture PKI on 127.0.0.1, a temp cache folder, the real http and file-system adapters. */
export const startWorld = async (): Promise<World> => {
  const clock = testClock();
  const pki = await startFixturePki({ now: clock.now });
  const cacheDir = join(tempDir('vigie-revocation-'), 'crl-cache');
  const http = createNodeHttpFetcher();
  return {
    pki,
    clock,
    cacheDir,
    service: (limits = {}) =>
      createRevocationService({
        http,
        fs: nodeFileSystem,
        clock,
        cacheDir,
        limits: { timeoutMs: 2_000, ...limits },
      }),
    dispose: async () => {
      await pki.close();
      await rm(join(cacheDir, '..'), { recursive: true, force: true });
    },
  };
};
