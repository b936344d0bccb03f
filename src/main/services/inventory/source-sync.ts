import { createHash } from 'node:crypto';
import type { Order } from '../../../shared/model/order.js';
import type { Clock } from '../../ports/clock.js';
import type {
  CertificateFacts,
  InventoryStore,
  Location,
  LocationSource,
} from '../../ports/inventory-store.js';
import type { OsKeystore } from '../../ports/os-keystore.js';
import { scanPem } from '../../pki/pem/index.js';
import type { Inspector } from '../inspector/inspect-file.js';
import { certificatesOf } from './certificates-of.js';

export type SourceSyncDeps = {
  store: InventoryStore;
  clock: Clock;
  inspector: Pick<Inspector, 'inspect'>;
};

const sha256Hex = (der: Uint8Array) => createHash('sha256').update(der).digest('hex').toUpperCase();

/**
 * Records the certificates found at one place and marks gone those that left it. A
 * certificate the inventory already has is not inspected again; a new one is inspected
 * once, for its names, dates and IGC-Santé reading.
 */
const recordPlace = async (
  deps: SourceSyncDeps,
  place: Location,
  ders: readonly Uint8Array[],
  fileName: string,
): Promise<string[]> => {
  const present: string[] = [];
  const fresh: { sha256: string; der: Uint8Array }[] = [];
  for (const der of ders) {
    const sha256 = sha256Hex(der);
    present.push(sha256);
    if (!deps.store.certificate(sha256)) fresh.push({ sha256, der });
  }
  const facts: CertificateFacts[] = [];
  for (const f of fresh) {
    const report = await deps.inspector.inspect({ fileName, bytes: f.der });
    if (report.ok) facts.push(...certificatesOf(report.value));
  }
  const now = deps.clock.now();
  deps.store.transaction(() => {
    for (const c of facts) deps.store.upsertCertificate(c, now);
    for (const sha256 of present)
      if (deps.store.certificate(sha256)) deps.store.recordLocation(sha256, place, now);
    deps.store.markGone(place, present, now);
  });
  return present;
};

/** Orders that hold an issued certificate: the key is in Vigie's vault (or was exported). */
export const syncOrders = async (deps: SourceSyncDeps, orders: readonly Order[]): Promise<number> => {
  // A certificate whose renewal is installed is done with: it leaves the list (and the
  // watcher), its order stays in "Mes commandes" for the record.
  const replaced = new Set(orders.flatMap((o) => (o.renews && o.state === 'installed' ? [o.renews] : [])));
  let count = 0;
  for (const order of orders) {
    const place: Location = { source: 'order', locator: order.id };
    const current =
      order.certificate !== null && order.state !== 'cancelled' && !replaced.has(order.certificate.sha256);
    const pem = current ? (order.certificate?.pem ?? null) : null;
    const ders = pem
      ? scanPem(new TextEncoder().encode(pem)).flatMap((b) => (b.kind === 'block' ? [b.block.der] : []))
      : [];
    count += (await recordPlace(deps, place, ders.slice(0, 1), `${order.id}.pem`)).length;
  }
  return count;
};

export type StoreSyncReport = { stores: number; certificates: number; failed: string[] };

/**
 * The user's own certificates in the OS and browser stores: those with a private key. The
 * hundred-odd CA roots a browser ships are not the user's to renew, so they are left out.
 * A store that cannot be read now (locked, a profile in use) is skipped and keeps what was
 * last seen in it, rather than having everything marked gone.
 */
export const syncStores = async (deps: SourceSyncDeps, keystore: OsKeystore): Promise<StoreSyncReport> => {
  const report: StoreSyncReport = { stores: 0, certificates: 0, failed: [] };
  for (const target of await keystore.listTargets()) {
    if (!target.exists) continue;
    const listed = await keystore.list(target.id);
    if (!listed.ok) {
      report.failed.push(target.label);
      continue;
    }
    report.stores++;
    const source: LocationSource = target.kind;
    const own = listed.value.filter((e) => e.hasPrivateKey).map((e) => e.der);
    report.certificates += (
      await recordPlace(deps, { source, locator: target.label }, own, `${target.label}.der`)
    ).length;
  }
  return report;
};

/**
 * The certificates on the cards and tokens present now, one place per token (its label and
 * serial). A card taken out of its reader is not "gone": its certificates still expire and
 * are still watched, so only the tokens present are looked at, and a certificate leaves a
 * token's place only when that token is present without it.
 */
export const syncTokens = async (
  deps: SourceSyncDeps,
  places: readonly { locator: string; ders: readonly Uint8Array[] }[],
): Promise<number> => {
  let count = 0;
  for (const place of places)
    count += (
      await recordPlace(deps, { source: 'token', locator: place.locator }, place.ders, `${place.locator}.der`)
    ).length;
  return count;
};
