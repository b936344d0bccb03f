import { readFileSync } from 'node:fs';
import { nodeFileSystem } from '../../../../src/main/adapters/node-file-system.js';
import { join } from 'node:path';
import { createInspector } from '../../../../src/main/services/inspector/inspect-file.js';
import { inventoryFactsOf } from '../../../../src/main/services/inspector/inventory-facts.js';
import { inspectBytes } from '../../../../src/main/services/inspector/inspect-bytes.js';
import { MAX_FILE_BYTES } from '../../../../src/shared/limits.js';
import { makeCore } from '../../../helpers/core.js';
import { IGC, INSI_P12 } from '../../../helpers/vectors.js';

const bytesOf = (path: string) => new Uint8Array(readFileSync(path));
const NOW = new Date('2026-11-22T12:00:00Z');

describe('inspector on real IGC-Santé files', () => {
  it('shows the real TEST download before its password: ORG AUTH_CLI TEST, FINESS 0B0221636, chained to TEST anchors', async () => {
    const { core } = await makeCore({ now: NOW });
    const result = await core.services.inspector.inspect({ fileName: 'INSI.p12', bytes: bytesOf(INSI_P12) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const report = result.value;
    expect(report.format).toBe('pkcs12');
    expect(report.pkcs12?.passwordRequired).toBe(true);
    const certs = report.items.filter((i) => i.kind === 'certificate');
    expect(certs).toHaveLength(3);
    const leaf = certs.find((c) => c.kind === 'certificate' && !c.certificate.isCa);
    if (leaf?.kind !== 'certificate') throw new Error('no leaf');
    expect(leaf.verified).toBe(false);
    expect(leaf.certificate.notAfter.slice(0, 10)).toBe('2028-04-25');
    expect(leaf.certificate.daysLeft).toBeGreaterThan(500);
    expect(leaf.igcSante).toMatchObject({
      environment: 'test',
      family: 'ORG',
      product: 'ORG_AUTH_CLI',
      structureId: { type: 'FINESS', value: '0B0221636' },
      departement: { code: '69' },
    });
    expect(leaf.chain).toMatchObject({ status: 'valid', reason: null, anchor: { environment: 'test' } });
    expect(leaf.chain?.path).toHaveLength(3);
  });

  it('reports a wrong password as such, and loses nothing', async () => {
    const { core } = await makeCore({ now: NOW });
    const bytes = bytesOf(INSI_P12);
    const copy = bytes.slice();
    const result = await core.services.inspector.inspect({
      fileName: 'x.p12',
      bytes,
      password: 'not-the-password',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'wrong-password' } });
    expect(Buffer.compare(bytes, copy)).toBe(0);
  });

  it('chains every production CA of the official bundle to a production anchor', async () => {
    const { core } = await makeCore({ now: NOW });
    const bundle = bytesOf(join(IGC, 'prod', 'Chaine_de_certification-IGC-Sante.p7b'));
    const result = await core.services.inspector.inspect({ fileName: 'chain.p7b', bytes: bundle });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.format).toBe('pkcs7');
    const certs = result.value.items.filter((i) => i.kind === 'certificate');
    expect(certs).toHaveLength(8);
    for (const c of certs) {
      if (c.kind !== 'certificate') continue;
      expect(c.igcSante).toMatchObject({ environment: 'production', family: 'CA' });
      expect(c.chain).toMatchObject({ status: 'valid', anchor: { environment: 'production' } });
    }
  });

  it('refuses an oversized input before reading it', async () => {
    const { core } = await makeCore();
    const result = await core.services.inspector.inspect({
      fileName: 'big',
      bytes: new Uint8Array(MAX_FILE_BYTES + 1),
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'file-too-large' } });
  });
  it('with onItem, hands over the same items in order and keeps none in the report', async () => {
    const { core } = await makeCore({ now: NOW });
    const request = { fileName: 'INSI.p12', bytes: bytesOf(INSI_P12) };
    const whole = await core.services.inspector.inspect(request);
    const streamed: unknown[] = [];
    const formats = new Set<string>();
    const result = await core.services.inspector.inspect(request, (item, format) => {
      streamed.push(item);
      formats.add(format);
    });
    if (!whole.ok || !result.ok) throw new Error('inspection failed');
    expect(streamed).toEqual(whole.value.items);
    expect([...formats]).toEqual(['pkcs12']);
    expect(result.value).toEqual({ ...whole.value, items: [] });
  });
  it("with onItem and a worker runner, hands over the finished report's items the same way", async () => {
    const inspector = createInspector({
      fs: nodeFileSystem,
      clock: { now: () => NOW },
      trust: { list: async () => [] },
      runner: {
        inspect: (job) => inspectBytes(job),
        facts: (job) => inventoryFactsOf(job),
        scanRead: async () => [],
        scanStat: async () => [],
        close: async () => {},
      },
    });
    const request = { fileName: 'INSI.p12', bytes: bytesOf(INSI_P12) };
    const whole = await inspector.inspect(request);
    const streamed: unknown[] = [];
    const result = await inspector.inspect(request, (item) => void streamed.push(item));
    if (!whole.ok || !result.ok) throw new Error('inspection failed');
    expect(streamed).toEqual(whole.value.items);
    expect(result.value).toEqual({ ...whole.value, items: [] });
  });
});
