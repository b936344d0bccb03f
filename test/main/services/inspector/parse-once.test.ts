import { certificateParseCount } from '../../../../src/main/pki/certificate/index.js';
import { nodeFileSystem } from '../../../../src/main/adapters/node-file-system.js';
import { candidatePreparationCount } from '../../../../src/main/pki/chain/candidates.js';
import { createInspector } from '../../../../src/main/services/inspector/inspect-file.js';
import type { PinnedCa } from '../../../../src/shared/igc-sante/anchors.js';
import { sha256Hex } from '../../../../src/main/pki/describe/hex.js';
import { makeCertificates } from '../../../helpers/chain-certificates.js';

const NOW = new Date();
const pem = (der: Uint8Array) =>
  `-----BEGIN CERTIFICATE-----\n${Buffer.from(der).toString('base64')}\n-----END CERTIFICATE-----\n`;

/** An inspector whose trust store holds `store` (fresh copies each list, as if read from disk). */
const inspectorWith = (store: Uint8Array[], pinnedRoot: Uint8Array) => {
  const root: PinnedCa = {
    name: 'bench root',
    short: 'root',
    environment: 'test',
    role: 'root',
    range: 'STANDARD',
    sha256: sha256Hex(pinnedRoot),
  };
  return createInspector({
    fs: nodeFileSystem,
    clock: { now: () => NOW },
    trust: { list: async () => store.map((der) => ({ der: der.slice() })) as never },
    findAnchor: (sha) => (sha === root.sha256 ? root : undefined),
  });
};

describe('inspector parses each certificate once', () => {
  it('one parse per distinct certificate of the file and of the trust store, per operation', async () => {
    const { root, intermediates, leaves } = makeCertificates(40);
    const other = makeCertificates(1);
    const store = [root, other.root, ...other.intermediates];
    const file = [...intermediates, ...leaves];
    const inspector = inspectorWith(store, root);
    const bytes = new TextEncoder().encode(file.map(pem).join(''));

    const before = certificateParseCount();
    const first = await inspector.inspect({ fileName: 'many.pem', bytes });
    expect(certificateParseCount() - before).toBe(file.length + store.length);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const items = first.value.items.flatMap((i) => (i.kind === 'certificate' ? [i] : []));
    expect(items).toHaveLength(file.length);
    for (const item of items.slice(intermediates.length))
      expect(item.chain).toMatchObject({ status: 'valid', anchor: { name: 'bench root' } });
    expect(items.at(-1)?.chain?.path.map((p) => p.source)).toEqual(['file', 'file', 'trust-store']);

    // The same bytes again (a new buffer): the cache by SHA-256 answers, nothing is parsed.
    const again = certificateParseCount();
    await inspector.inspect({ fileName: 'many.pem', bytes: bytes.slice() });
    expect(certificateParseCount() - again).toBe(0);
  });

  it('builds the chains of thousands of leaves from three CAs in linear time', async () => {
    const { root, intermediates, leaves } = makeCertificates(3000, 3);
    const inspector = inspectorWith([root], root);
    const bytes = new TextEncoder().encode([...intermediates, ...leaves].map(pem).join(''));
    const prepared = candidatePreparationCount();
    const started = performance.now();
    const r = await inspector.inspect({ fileName: 'many.pem', bytes });
    const ms = performance.now() - started;
    // The file's candidates are indexed once for all its leaves, not once per leaf.
    expect(candidatePreparationCount() - prepared).toBe(1);
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(r.value.items.every((i) => i.kind === 'certificate' && i.chain?.status === 'valid')).toBe(true);
    // Quadratic building took minutes here; linear is about a second on a slow machine.
    expect(ms).toBeLessThan(15_000);
  }, 30_000);
});
