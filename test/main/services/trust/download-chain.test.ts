import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loopbackOnly } from '../../../../src/main/adapters/loopback-only-fetcher.js';
import { createNodeHttpFetcher } from '../../../../src/main/adapters/node-http-fetcher.js';
import { chainUrlsAt, OFFICIAL_CHAIN_URLS } from '../../../../src/main/services/trust/download-chain.js';
import { makeCore } from '../../../helpers/core.js';
import { issue } from '../../../helpers/fixture-ca.js';
import { vector } from '../../../helpers/vectors.js';

const http = loopbackOnly(createNodeHttpFetcher());
const PROD_PATH = new URL(OFFICIAL_CHAIN_URLS.production).pathname;
const TEST_PATH = new URL(OFFICIAL_CHAIN_URLS.test).pathname;
const pem = (der: Uint8Array) =>
  `-----BEGIN CERTIFICATE-----\n${Buffer.from(der).toString('base64')}\n-----END CERTIFICATE-----\n`;

/** ANS's publication, played by a loopback server: path → body. */
const serve = async (files: Record<string, Uint8Array>) => {
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    hits.push(req.url ?? '');
    const body = files[req.url ?? ''];
    if (body) res.writeHead(200, { 'content-type': 'application/x-pkcs7-certificates' }).end(body);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, hits, close: () => new Promise((resolve) => server.close(resolve)) };
};

describe('trust.downloadChain (loopback server serving the real ANS bundle)', () => {
  it('keeps the 8 pinned production CAs of the real p7b, then finds them already known', async () => {
    const server = await serve({
      [PROD_PATH]: vector('igc-sante', 'prod', 'Chaine_de_certification-IGC-Sante.p7b'),
    });
    try {
      const { core, events } = await makeCore({ http, chainUrls: chainUrlsAt(server.base) });
      const first = await core.handlers.trust.downloadChain(
        { environment: 'production' },
        { origin: 'vigie://app' },
      );
      if (!first.ok) throw new Error(first.error.message);
      expect(first.value.added).toHaveLength(8);
      expect(first.value.added.every((a) => a.environment === 'production' && a.source === 'imported')).toBe(
        true,
      );
      expect(first.value.ignored).toBe(0);
      expect(events.some((e) => e.name === 'trust.changed')).toBe(true);
      expect((await core.services.trust.listAnchors()).length).toBe(8);

      const again = await core.services.chains.downloadChain('production');
      expect(again).toMatchObject({ ok: true, value: { added: [], alreadyKnown: 8, ignored: 0 } });
      expect(server.hits).toEqual([PROD_PATH, PROD_PATH]);
    } finally {
      await server.close();
    }
  });

  it('ignores a certificate that is not pinned in a tampered bundle', async () => {
    const stranger = await issue({
      name: 'C=FR, O=ASIP-SANTE, OU=IGC-SANTE, CN=AC RACINE IGC-SANTE ELEMENTAIRE',
      ca: true,
    });
    const root = vector('igc-sante', 'prod', 'ACR_ELEMENTAIRE_20130625.cer');
    const bundle = new TextEncoder().encode(pem(stranger.der) + pem(root));
    const server = await serve({ [PROD_PATH]: bundle });
    try {
      const { core } = await makeCore({ http, chainUrls: chainUrlsAt(server.base) });
      const got = await core.services.chains.downloadChain('production');
      if (!got.ok) throw new Error(got.error.message);
      expect(got.value).toMatchObject({ alreadyKnown: 0, ignored: 1 });
      expect(got.value.added.map((a) => a.name)).toEqual(['AC RACINE IGC-SANTE ELEMENTAIRE']);
      const anchors = await core.services.trust.listAnchors();
      expect(anchors.map((a) => a.sha256)).toEqual(got.value.added.map((a) => a.sha256));
    } finally {
      await server.close();
    }
  });

  it('fetches the TEST bundle from its own path, and says why when nothing could be had', async () => {
    const server = await serve({});
    try {
      const { core } = await makeCore({ http, chainUrls: chainUrlsAt(server.base) });
      const missing = await core.services.chains.downloadChain('test');
      expect(missing).toMatchObject({ ok: false, error: { code: 'http-status' } });
      expect(server.hits).toEqual([TEST_PATH]);

      const garbage = await serve({ [TEST_PATH]: new TextEncoder().encode('<html>not a chain</html>') });
      try {
        const { core: other } = await makeCore({ http, chainUrls: chainUrlsAt(garbage.base) });
        const unreadable = await other.services.chains.downloadChain('test');
        expect(unreadable).toMatchObject({ ok: false, error: { code: 'unreadable' } });
      } finally {
        await garbage.close();
      }
    } finally {
      await server.close();
    }
  });

  it('refuses offline (no fetcher), and the default URLs are ANS’s (never fetched in tests)', async () => {
    const { core } = await makeCore();
    const offline = await core.services.chains.downloadChain('production');
    expect(offline).toMatchObject({ ok: false, error: { code: 'offline' } });
    expect(OFFICIAL_CHAIN_URLS.production).toBe(
      'http://igc-sante.esante.gouv.fr/AC/Chaine_de_certification-IGC-Sante.p7b',
    );
    // A loopback-only fetcher refuses them outright.
    const { core: guarded } = await makeCore({ http });
    const refused = await guarded.services.chains.downloadChain('test');
    expect(refused).toMatchObject({ ok: false, error: { code: 'refused-url' } });
  });
});
