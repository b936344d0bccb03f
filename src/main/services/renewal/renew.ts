import { X509Certificate } from 'node:crypto';
import type { KeyBits, Order, OrderError } from '../../../shared/model/order.js';
import { err, ok, type Result } from '../../../shared/result.js';
import type { Clock } from '../../ports/clock.js';
import type { InventoryStore } from '../../ports/inventory-store.js';
import type { OsKeystore } from '../../ports/os-keystore.js';
import type { Inspector } from '../inspector/inspect-file.js';
import type { NewOrder } from '../orders/orders-service.js';
import { holderFromCertificate } from '../retrieve/holder-from-certificate.js';

export type RenewalDeps = {
  store: InventoryStore;
  inspector: Pick<Inspector, 'inspect'>;
  orders: {
    create(input: NewOrder): Promise<Result<Order, OrderError>>;
    list(): Promise<Result<Order[], OrderError>>;
  };
  keystore: OsKeystore;
  clock: Clock;
  /** The inventory looks at the stores again once the old certificate left them. */
  afterRetire: () => Promise<void>;
  /**
   * Vigie's rehearsal CA (services/sandbox): its certificates carry no IGC-Santé names to
   * renew from, so they renew from the order that issued them, to rehearse the real thing.
   */
  sandbox?: { recognizes(der: Uint8Array): Promise<boolean> };
};

export type RetireOutcome = { removedFrom: string[]; failed: string[] };

const KEY_SIZES: readonly KeyBits[] = [2048, 3072, 4096];

/**
 * Renewal, as IGC-Santé does it: while the certificate is still valid, a new order for the
 * same product and subject, with a new key, linked to the old certificate (lineage). The
 * new order then follows the usual path (key and CSR, the platform, retrieval, install).
 * Past its end there is nothing left to renew: the answer is 'expired', and with
 * `asNewOrder` the same details start a first order instead, with no lineage.
 */
export const createRenewal = (deps: RenewalDeps) => {
  /** A sandbox certificate renews as its order says: same product, environment and holder. */
  const renewSandbox = async (
    sha256: string,
    der: Uint8Array,
    options: { asNewOrder?: boolean },
  ): Promise<Result<Order, OrderError>> => {
    const orders = await deps.orders.list();
    if (!orders.ok) return orders;
    const order = orders.value.find((o) => o.certificate?.sha256.toLowerCase() === sha256.toLowerCase());
    if (!order)
      return err({ code: 'not-renewable', message: 'A sandbox certificate that no order of Vigie holds' });
    const notAfter = new X509Certificate(der).validTo;
    const expired = Date.parse(notAfter) <= deps.clock.now().getTime();
    if (expired && !options.asNewOrder)
      return err({ code: 'expired', message: `Expired on ${notAfter}: only a valid certificate is renewed` });
    return deps.orders.create({
      product: order.product,
      environment: order.environment,
      holder: order.holder,
      projects: order.projects,
      keyBits: order.key.bits,
      ...(expired ? {} : { renews: sha256 }),
    });
  };

  return {
    async renew(sha256: string, options: { asNewOrder?: boolean } = {}): Promise<Result<Order, OrderError>> {
      const stored = deps.store.certificate(sha256);
      if (!stored) return err({ code: 'not-found', message: 'No such certificate in the inventory' });
      if (await deps.sandbox?.recognizes(stored.der)) return renewSandbox(sha256, stored.der, options);
      const report = await deps.inspector.inspect({
        fileName: `${sha256.slice(0, 16)}.der`,
        bytes: stored.der,
      });
      const item = report.ok ? report.value.items.find((i) => i.kind === 'certificate') : undefined;
      const info = item?.kind === 'certificate' ? item.igcSante : null;
      if (!item || item.kind !== 'certificate' || !info || info.product === null || info.family === 'CA')
        return err({
          code: 'not-renewable',
          message: 'Not an IGC-Santé end-entity certificate of a known product',
        });
      const expired = Date.parse(item.certificate.notAfter) <= deps.clock.now().getTime();
      if (expired && !options.asNewOrder)
        return err({
          code: 'expired',
          message: `Expired on ${item.certificate.notAfter}: IGC-Santé renews only valid certificates`,
        });
      const bits = item.certificate.publicKey.size;
      const keyBits = KEY_SIZES.find((b) => b === bits) ?? 2048;
      return deps.orders.create({
        product: info.product,
        environment: info.environment,
        holder: holderFromCertificate(item.certificate, info),
        // The projects were a choice in the wizard, not a part of the certificate.
        projects: [],
        keyBits,
        ...(expired ? {} : { renews: sha256 }),
      });
    },

    /**
     * Once the renewal is installed and read back (the order is 'installed'), removes the old
     * certificate, and its key, from every store that still holds it. Never before: until the
     * new one is in place, the old one is what keeps the user working.
     */
    async retireOld(orderId: string): Promise<Result<RetireOutcome, OrderError>> {
      const orders = await deps.orders.list();
      if (!orders.ok) return orders;
      const order = orders.value.find((o) => o.id === orderId);
      if (!order) return err({ code: 'not-found', message: 'No such order' });
      if (!order.renews) return err({ code: 'invalid-transition', message: 'This order renews nothing' });
      if (order.state !== 'installed')
        return err({ code: 'invalid-transition', message: 'The renewal is not installed and read back yet' });
      const old = order.renews.toLowerCase();
      const outcome: RetireOutcome = { removedFrom: [], failed: [] };
      for (const target of await deps.keystore.listTargets()) {
        if (!target.exists) continue;
        const listed = await deps.keystore.list(target.id);
        if (!listed.ok || !listed.value.some((e) => e.sha256.toLowerCase() === old)) continue;
        const removed = await deps.keystore.remove(target.id, old);
        (removed.ok ? outcome.removedFrom : outcome.failed).push(target.label);
      }
      await deps.afterRetire();
      return ok(outcome);
    },
  };
};

export type Renewal = ReturnType<typeof createRenewal>;
