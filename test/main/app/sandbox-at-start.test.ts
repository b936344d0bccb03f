import { X509Certificate } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loopbackOnly } from '../../../src/main/adapters/loopback-only-fetcher.js';
import { createNodeHttpFetcher } from '../../../src/main/adapters/node-http-fetcher.js';
import { nodeFileSystem } from '../../../src/main/adapters/node-file-system.js';
import { systemClock } from '../../../src/main/adapters/system-clock.js';
import { createRevocationService } from '../../../src/main/services/revocation/index.js';
import { makeCore } from '../../helpers/core.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { coreWithOrder } from '../services/retrieve/retrieve-fixture.js';

const http = loopbackOnly(createNodeHttpFetcher());
const ctx = { origin: 'vigie://app' };

const derOf = (pem: string, index: number): Uint8Array => {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
  return new Uint8Array(new X509Certificate(blocks[index] ?? '').raw);
};

/** What the installed certificate names: its CRL on the sandbox's loopback server (an IA5String in the DER). */
const crlUrlOf = (pem: string): string => {
  const url = /http:\/\/127\.0\.0\.1:\d+\/crl\/sandbox\.crl/.exec(
    Buffer.from(derOf(pem, 0)).toString('latin1'),
  );
  if (!url) throw new Error('no sandbox CRL URL in the certificate');
  return url[0];
};

const answers = async (url: string): Promise<boolean> => {
  try {
    return (await fetch(url)).status === 200;
  } catch {
    return false;
  }
};

describe('the sandbox server across an app restart (composition root)', () => {
  it('comes back at start when a sandbox CA exists, answers its certificates’ OCSP and CRL at once, and stops with the core', async () => {
    const first = await coreWithOrder({ http });
    const issued = await first.core.services.sandbox.issue(first.order.id);
    if (!issued.ok) throw new Error(issued.error.message);
    const { pem } = issued.value.certificate;
    const crlUrl = crlUrlOf(pem);
    expect(await answers(crlUrl)).toBe(true);
    await first.core.stop();
    expect(await answers(crlUrl)).toBe(false);

    // The next start, as the app does it: nobody opens the sandbox page.
    const again = await makeCore({ http, dataDir: first.dataDir, sandboxServerAtStart: true });
    expect(await answers(crlUrl)).toBe(true);
    const revocation = createRevocationService({
      http,
      fs: nodeFileSystem,
      clock: systemClock,
      cacheDir: tempDir('vigie-sandbox-crl-'),
    });
    expect(await revocation.checkCertificate(derOf(pem, 0), derOf(pem, 1))).toMatchObject({
      status: 'good',
      source: 'ocsp',
    });
    // Kept on its order, it joins "Mes certificats"; revoked in the sandbox, the next check
    // reads the sandbox's CRL (its CAs are issuers to look up there, never anchors).
    const bytes = new Uint8Array(Buffer.from(pem));
    const sha256 = issued.value.certificate.sha256;
    expect((await again.core.services.retrieve.confirm({ bytes, certificateSha256: sha256 })).ok).toBe(true);
    const h = again.core.handlers.inventory;
    expect((await h.refresh({}, ctx)).ok).toBe(true);
    const before = await h.list({}, ctx);
    expect(before.ok && before.value.entries.find((e) => e.sha256 === sha256)?.status).toBe('valid');
    expect((await again.core.services.sandbox.revoke(sha256, 'keyCompromise')).ok).toBe(true);
    // The good answer stands until that CRL's nextUpdate: seconds for the sandbox's.
    await vi.waitFor(
      async () => {
        expect((await h.refresh({}, ctx)).ok).toBe(true);
        const after = await h.list({}, ctx);
        expect(after.ok && after.value.entries.find((e) => e.sha256 === sha256)?.status).toBe('revoked');
      },
      { timeout: 15_000, interval: 1_000 },
    );

    // Shutdown stops it, in the core's order (after the background work that may still ask it).
    await again.core.stop();
    expect(await answers(crlUrl)).toBe(false);

    // The CLI never sets the flag: a short `vigie scan` does not take the server's port.
    const cli = await makeCore({ http, dataDir: first.dataDir });
    expect(await answers(crlUrl)).toBe(false);
    await cli.core.stop();
  }, 30_000);

  it('starts nothing, and makes no sandbox, where none was ever created', async () => {
    const made = await makeCore({ http, sandboxServerAtStart: true });
    expect(existsSync(join(made.dataDir, 'sandbox'))).toBe(false);
    expect(await made.core.services.sandbox.status()).toMatchObject({ created: false, serverUrl: null });
  });
});
