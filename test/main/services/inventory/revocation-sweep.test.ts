import { join } from 'node:path';
import { openSqliteInventory } from '../../../../src/main/adapters/inventory/sqlite-inventory-store.js';
import { readCertificate } from '../../../../src/main/pki/certificate/index.js';
import type { CertificateFacts, InventoryStore } from '../../../../src/main/ports/inventory-store.js';
import { inventoryEntries } from '../../../../src/main/services/inventory/inventory-entries.js';
import { revokedNotice } from '../../../../src/main/services/inventory/expiry-notice.js';
import { sweepRevocation } from '../../../../src/main/services/inventory/revocation-sweep.js';
import { inventoryFactsOf } from '../../../../src/main/services/inspector/inventory-facts.js';
import { DEFAULT_DEADLINE_SETTINGS } from '../../../../src/shared/inventory/deadlines.js';
import { CrlReason } from '../../../helpers/fixture-pki-server.js';
import { tempDir } from '../../../helpers/temp-dir.js';
import { startWorld, type World } from '../revocation/setup.js';

let w: World;
beforeAll(async () => {
  w = await startWorld();
});
afterAll(async () => w.dispose());

const stores: InventoryStore[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
});

/** A store holding `ders` in a watched folder, read as a scan reads them. */
const storeWith = async (ders: Uint8Array[]): Promise<InventoryStore> => {
  const { store } = openSqliteInventory(join(tempDir('vigie-sweep-'), 'inventory.sqlite'));
  stores.push(store);
  const now = w.clock.now();
  for (const [i, der] of ders.entries()) {
    const facts = await inventoryFactsOf({ fileName: `${i}.der`, bytes: der, now, storeCertificates: [] });
    if (!facts.ok) throw new Error(facts.error.message);
    store.transaction(() => {
      for (const c of facts.value.certificates as CertificateFacts[]) {
        store.upsertCertificate(c, now);
        store.recordLocation(c.sha256, { source: 'folder', locator: `/certs/${i}.der` }, now);
      }
    });
  }
  return store;
};

const sha = (der: Uint8Array) => {
  const parsed = readCertificate(der);
  if (!parsed.ok) throw new Error('unreadable');
  return parsed.value.sha256;
};

describe('checking the revocation of the inventory', () => {
  it('marks a certificate its CA revoked, says it once, and fetches the CRL once for all', async () => {
    const leaves = await Promise.all([1, 2, 3, 4].map(() => w.pki.issueLeaf()));
    const [gone, ...kept] = leaves as [(typeof leaves)[0], ...typeof leaves];
    w.pki.revoke(gone, { reason: CrlReason.keyCompromise, date: new Date('2026-11-02T10:00:00Z') });
    w.clock.advance(2 * 3_600_000); // past any CRL another test cached
    const store = await storeWith(leaves.map((l) => l.der));
    const deps = {
      store,
      clock: w.clock,
      revocation: w.service(),
      issuers: async () => [w.pki.ca.der],
    };
    const before = w.pki.count('/crl/ca.crl');
    const first = await sweepRevocation(deps);
    expect(first).toMatchObject({ checked: 4, revoked: 1, good: 3, unknown: 0, cancelled: false });
    expect(first.newlyRevoked.map((r) => r.sha256)).toEqual([sha(gone.der)]);
    expect(w.pki.count('/crl/ca.crl') - before).toBe(1);

    expect(store.revocationOf(sha(gone.der))).toMatchObject({
      status: 'revoked',
      reason: 'keyCompromise',
      revokedAt: new Date('2026-11-02T10:00:00Z'),
    });
    const entries = inventoryEntries(store, w.clock.now(), DEFAULT_DEADLINE_SETTINGS);
    const statusOf = new Map(entries.map((e) => [e.sha256, e.status]));
    expect(statusOf.get(sha(gone.der))).toBe('revoked');
    for (const l of kept) expect(statusOf.get(sha(l.der))).not.toBe('revoked');

    // The expiry watcher's SQL agrees: the revoked one has its status, and no threshold left.
    store.transaction(() => store.recordStatusesAt(w.clock.now(), DEFAULT_DEADLINE_SETTINGS));
    expect(store.statusHistory(sha(gone.der)).at(-1)?.status).toBe('revoked');

    // Again at once: every answer stands (good until the CRL's nextUpdate, revoked for good).
    const again = await sweepRevocation(deps);
    expect(again).toMatchObject({ checked: 0, newlyRevoked: [] });
    expect(w.pki.count('/crl/ca.crl') - before).toBe(1);
    // Past the CRL's nextUpdate: the good ones are checked again on a new CRL, not the revoked one.
    w.clock.advance(2 * 3_600_000);
    const later = await sweepRevocation(deps);
    expect(later).toMatchObject({ checked: 3, good: 3, newlyRevoked: [] });
    expect(w.pki.count('/crl/ca.crl') - before).toBe(2);
    expect(store.revocationOf(sha(gone.der))?.status).toBe('revoked');

    const notice = revokedNotice(first.newlyRevoked);
    expect(notice).toMatchObject({ title: 'Certificat révoqué', certificates: [sha(gone.der)] });
  });

  it('says why nothing could be checked: issuer unknown, CRL unreachable', async () => {
    const leaf = await w.pki.issueLeaf();
    const store = await storeWith([leaf.der]);
    const unknownIssuer = await sweepRevocation({
      store,
      clock: w.clock,
      revocation: w.service(),
      issuers: async () => [],
    });
    expect(unknownIssuer).toMatchObject({ checked: 1, unknown: 1 });
    expect(store.revocationOf(sha(leaf.der))).toMatchObject({
      status: 'unknown',
      cause: 'no-issuer',
      detail: expect.stringMatching(/^issuer not known: /),
    });

    w.clock.advance(2 * 3_600_000);
    w.pki.crlMode = 'down';
    const offline = await sweepRevocation({
      store,
      clock: w.clock,
      revocation: w.service(),
      issuers: async () => [w.pki.ca.der],
    });
    w.pki.crlMode = 'normal';
    expect(offline).toMatchObject({ checked: 1, unknown: 1, revoked: 0 });
    expect(store.revocationOf(sha(leaf.der))).toMatchObject({
      status: 'unknown',
      cause: 'unreachable',
      detail: expect.stringMatching(/^no usable CRL: /),
    });
  });

  it('stops when cancelled', async () => {
    const leaves = await Promise.all([1, 2].map(() => w.pki.issueLeaf()));
    const store = await storeWith(leaves.map((l) => l.der));
    const controller = new AbortController();
    controller.abort();
    const summary = await sweepRevocation(
      { store, clock: w.clock, revocation: w.service(), issuers: async () => [w.pki.ca.der] },
      { signal: controller.signal },
    );
    expect(summary).toMatchObject({ checked: 0, cancelled: true });
  });
});
