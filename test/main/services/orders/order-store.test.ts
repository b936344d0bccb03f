import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { confDocumentStore } from '../../../../src/main/adapters/conf-document-store.js';
import { createOrderStore } from '../../../../src/main/services/orders/order-store.js';
import type { Order } from '../../../../src/shared/model/order.js';
import { tempDir } from '../../../helpers/temp-dir.js';

const order = (id: string, createdAt = '2026-11-22T10:00:00.000Z'): Order => ({
  id,
  product: 'ORG_AUTH_CLI',
  environment: 'test',
  holder: {
    kind: 'structure',
    legalName: 'CENTRE DE SANTE RPPS22163',
    structureIdType: 'FINESS',
    structureId: '0B0221636',
    departement: '69',
    commonName: 'INSI-AUTO',
    dnsNames: [],
  },
  projects: ['INSI'],
  key: { algorithm: 'RSA', bits: 2048 },
  keyRef: null,
  spkiSha256: null,
  csrPem: null,
  certificate: null,
  state: 'draft',
  renews: null,
  history: [{ at: createdAt, state: 'draft', note: null }],
  createdAt,
  updatedAt: createdAt,
});

describe('order store (conf document, versioned)', () => {
  let dir: string;
  beforeEach(async () => {
    dir = tempDir('vigie-orders-');
  });

  it('starts empty, keeps what it is given, and survives a reopen', async () => {
    const store = createOrderStore(confDocumentStore(dir, 'orders'));
    expect(await store.list()).toEqual({ ok: true, value: [] });
    const a = order('6f1c3f0e-7a4b-4c1e-9a55-1f0d6f1c3f0e');
    expect((await store.put(a)).ok).toBe(true);
    const reopened = createOrderStore(confDocumentStore(dir, 'orders'));
    expect(await reopened.get(a.id)).toEqual({ ok: true, value: a });
    const onDisk = JSON.parse(await readFile(join(dir, 'orders.json'), 'utf8'));
    expect(onDisk.document.version).toBe(1);
  });

  it('does not lose an update when two writes race', async () => {
    const store = createOrderStore(confDocumentStore(dir, 'orders'));
    const ids = Array.from(
      { length: 20 },
      (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    );
    await Promise.all(ids.map((id) => store.put(order(id))));
    const all = await store.list();
    expect(all.ok && all.value.map((o) => o.id).sort()).toEqual(ids);
  });

  it('refuses a store written by a newer Vigie instead of overwriting it', async () => {
    const path = join(dir, 'orders.json');
    const future = { document: { version: 99, orders: [{ anything: true }] } };
    await writeFile(path, JSON.stringify(future));
    const store = createOrderStore(confDocumentStore(dir, 'orders'));
    expect(await store.list()).toMatchObject({ ok: false, error: { code: 'too-new' } });
    expect(await store.put(order('6f1c3f0e-7a4b-4c1e-9a55-1f0d6f1c3f0e'))).toMatchObject({ ok: false });
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(future);
  });
});

describe('order store keeps what it could not read', () => {
  it('copies the original aside before the first write drops an unreadable entry', async () => {
    const dir = tempDir('vigie-orders-');
    const good = order('6f1c3f0e-7a4b-4c1e-9a55-1f0d6f1c3f0e');
    const original = { document: { version: 1, orders: [good, { id: 'garbage' }] } };
    await writeFile(join(dir, 'orders.json'), JSON.stringify(original));
    const store = createOrderStore(confDocumentStore(dir, 'orders'));
    expect(await store.list()).toEqual({ ok: true, value: [good] });
    expect((await store.put(order('00000000-0000-4000-8000-000000000001'))).ok).toBe(true);
    const backup = JSON.parse(await readFile(join(dir, 'orders.unreadable-entries.bak.json'), 'utf8'));
    expect(backup).toEqual(original);
  });
});
