import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { makeCore } from '../../../helpers/core.js';
import { IGC, vector } from '../../../helpers/vectors.js';

const toBase64 = (b: Uint8Array) => Buffer.from(b).toString('base64');

describe('local IGC-Santé trust store', () => {
  it('reads pinned CAs from configured folders, keeping production and TEST apart', async () => {
    const { core } = await makeCore({
      trustDirs: [
        { path: join(IGC, 'prod'), source: 'vectors' },
        { path: join(IGC, 'test'), source: 'vectors' },
      ],
    });
    const anchors = await core.services.trust.listAnchors();
    expect(anchors.filter((a) => a.environment === 'production')).toHaveLength(9);
    expect(anchors.filter((a) => a.environment === 'test')).toHaveLength(3);
    expect(new Set(anchors.map((a) => a.sha256)).size).toBe(anchors.length);
  });

  it('imports a chain file: keeps pinned CAs only, atomically, once, and says so', async () => {
    const { core, dataDir, events } = await makeCore();
    expect(await core.services.trust.listAnchors()).toEqual([]);
    const p12 = vector('igc-sante', 'end-entity', 'INSI-AUTO-certificate.p12');
    const first = await core.handlers.trust.importChain(
      { fileName: 'insi.p12', data: toBase64(p12) },
      { origin: 't' },
    );
    expect(first).toMatchObject({ ok: true, value: { alreadyKnown: 0, ignored: 1 } });
    if (!first.ok) return;
    expect(first.value.added.map((a) => a.environment)).toEqual(['test', 'test']);
    expect(events).toContainEqual({ name: 'trust.changed', payload: { count: 2 } });
    const files = await readdir(join(dataDir, 'anchors'));
    expect(files.sort()).toEqual(files.filter((f) => f.endsWith('.cer')).sort());
    expect(files).toHaveLength(2);

    const again = await core.handlers.trust.importChain(
      { fileName: 'insi.p12', data: toBase64(p12) },
      { origin: 't' },
    );
    expect(again).toMatchObject({ ok: true, value: { added: [], alreadyKnown: 2, ignored: 1 } });
  });

  it('returns a typed error for a file that is not a chain', async () => {
    const { core } = await makeCore();
    const result = await core.handlers.trust.importChain(
      { fileName: 'x', data: toBase64(new TextEncoder().encode('hello')) },
      { origin: 't' },
    );
    expect(result.ok).toBe(false);
  });
});
