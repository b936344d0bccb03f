import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { composeCore } from '../../../src/main/app/compose.js';
import { confDocumentStore } from '../../../src/main/adapters/conf-document-store.js';
import { loopbackOnly } from '../../../src/main/adapters/loopback-only-fetcher.js';
import { createMemorySecretStore } from '../../../src/main/adapters/memory-secret-store.js';
import { createNodeHttpFetcher } from '../../../src/main/adapters/node-http-fetcher.js';
import { nodeFileSystem } from '../../../src/main/adapters/node-file-system.js';
import { systemClock } from '../../../src/main/adapters/system-clock.js';
import { chainUrlsAt } from '../../../src/main/services/trust/download-chain.js';
import { IGC } from '../../helpers/vectors.js';
import { tempDir } from '../../helpers/temp-dir.js';

describe('start-up refills a missing anchor cache from the official bundles', () => {
  it('downloads only the environments that have no anchor, once, in the background', async () => {
    const bundle = await readFile(join(IGC, 'prod', 'Chaine_de_certification-IGC-Sante.p7b'));
    const hits: string[] = [];
    const server = createServer((req, res) => {
      hits.push(req.url ?? '');
      if (req.url?.includes('TEST')) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'application/x-pkcs7-certificates' }).end(bundle);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const dataDir = tempDir('vigie-refresh-');
    const changed: unknown[] = [];
    const make = () =>
      composeCore(
        {
          fs: nodeFileSystem,
          clock: systemClock,
          opener: { open: async () => undefined },
          events: { emit: (name, payload) => void (name === 'trust.changed' && changed.push(payload)) },
          secrets: createMemorySecretStore('test', () => undefined),
          orderDocuments: confDocumentStore(dataDir, 'orders'),
          settingsDocuments: confDocumentStore(dataDir, 'inventory-settings'),
          http: loopbackOnly(createNodeHttpFetcher()),
        },
        {
          dataDir,
          appInfo: { version: 't', platform: 'linux', runtime: 'cli' },
          chainUrls: chainUrlsAt(`http://127.0.0.1:${port}`),
          refreshMissingAnchors: true,
        },
      );
    try {
      await make().start();
      await vi.waitFor(() => expect(changed).toHaveLength(1), { timeout: 10_000 });
      expect(hits.sort()).toEqual(
        [
          expect.stringContaining('TEST'),
          expect.stringContaining('Chaine_de_certification-IGC-Sante.p7b'),
        ].sort(),
      );
      // Next start: production is cached, so only the (still missing) TEST bundle is asked for.
      hits.length = 0;
      const again = make();
      await again.start();
      await vi.waitFor(() => expect(hits).toHaveLength(1));
      expect(hits[0]).toContain('TEST');
      expect(
        (await again.services.trust.listAnchors()).filter((a) => a.environment === 'production'),
      ).toHaveLength(8);
    } finally {
      server.close();
    }
  });
});
