import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { confDocumentStore } from '../../../src/main/adapters/conf-document-store.js';
import { tempDir } from '../../helpers/temp-dir.js';

describe('conf document store: a file that is not JSON', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir('vigie-docs-');
  });

  for (const [what, bytes] of [
    ['cut short', '{"document": {"thresholds": [30, 1'],
    ['empty', ''],
    ['binary', Buffer.from([0, 0xff, 0x13, 0x37])],
  ] as const) {
    it(`is moved aside whole and a clean document starts (${what})`, async () => {
      await writeFile(join(dir, 'inventory-settings.json'), bytes);
      const store = confDocumentStore(dir, 'inventory-settings');
      expect(await store.read()).toBeUndefined();
      const copies = (await readdir(dir)).filter((n) =>
        /^inventory-settings\.damaged-\d+\.bak\.json$/.test(n),
      );
      expect(copies).toHaveLength(1);
      expect(await readFile(join(dir, copies[0]!))).toEqual(Buffer.from(bytes));
      await store.write({ thresholds: [30] });
      expect(await confDocumentStore(dir, 'inventory-settings').read()).toEqual({ thresholds: [30] });
    });
  }

  it('leaves a readable document and its preserve copies alone', async () => {
    const store = confDocumentStore(dir, 'orders');
    await store.write({ version: 1, orders: [] });
    await store.preserve('unreadable-entries');
    expect((await readdir(dir)).sort()).toEqual(['orders.json', 'orders.unreadable-entries.bak.json']);
    expect(await confDocumentStore(dir, 'orders').read()).toEqual({ version: 1, orders: [] });
  });
});
