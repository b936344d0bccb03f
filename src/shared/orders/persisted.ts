import { z } from 'zod';
import { Order } from '../model/order.js';
import type { Result } from '../result.js';
import { err, ok } from '../result.js';

/**
 * The orders file, as both persistence adapters (electron-store in the app, `conf` in the
 * CLI) write it. Bump the version and add a step to migrateOrdersStore whenever Order
 * changes in a way old files would not parse.
 */
export const ORDERS_STORE_VERSION = 1;

export const OrdersStore = z.object({ version: z.literal(ORDERS_STORE_VERSION), orders: z.array(Order) });
export type OrdersStore = z.infer<typeof OrdersStore>;

/**
 * Version 0 (the first builds): the file was a bare JSON array of orders, with no
 * `history` and no `projects`. An object `{ version: 0, orders }` is read the same way.
 */
export const OrderV0 = Order.omit({ history: true, projects: true });
export type OrderV0 = z.infer<typeof OrderV0>;

export type OrdersStoreError = { readonly code: 'corrupt' | 'too-new'; readonly message: string };

/**
 * A loaded store plus what loading did. `dropped` counts entries that were not valid
 * orders, or repeated an id already seen (the first one wins). The adapter must not
 * overwrite the file with fewer orders without keeping the original next to it when
 * `dropped > 0`: data is never lost silently. Save with `ordersStoreOf(orders)`, not this
 * object.
 */
export type OrdersStoreLoad = OrdersStore & {
  readonly migratedFrom: 0 | null;
  readonly dropped: number;
};

export const ordersStoreOf = (orders: readonly Order[]): OrdersStore => ({
  version: ORDERS_STORE_VERSION,
  orders: [...orders],
});

/** v0 → v1: no projects were recorded; history is rebuilt from the two dates we have. */
const upgradeV0 = (o: OrderV0): Order => {
  const created = { at: o.createdAt, state: 'draft' as const, note: 'created (store v0 kept no history)' };
  const current = { at: o.updatedAt, state: o.state, note: 'state when migrated from store v0' };
  return { ...o, projects: [], history: o.state === 'draft' ? [created] : [created, current] };
};

const corrupt = (message: string): OrdersStoreError => ({ code: 'corrupt', message });

type Source = { readonly from: 0 | 1; readonly entries: readonly unknown[] };

const sourceOf = (raw: object): Result<Source, OrdersStoreError> => {
  if (Array.isArray(raw)) return ok({ from: 0, entries: raw });
  const { version, orders } = raw as { version?: unknown; orders?: unknown };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return err(corrupt('The orders file has no valid version number.'));
  }
  // Checked before the content: a newer app may have changed the shape entirely, and an
  // older one must not rewrite (and so lose) what it cannot read.
  if (version > ORDERS_STORE_VERSION) {
    return err({
      code: 'too-new',
      message: `The orders file was written by a newer version of the app (format ${version}); update the app.`,
    });
  }
  if (!Array.isArray(orders)) return err(corrupt('The orders file has no list of orders.'));
  return ok({ from: version === 0 ? 0 : 1, entries: orders });
};

const parseEntry = (from: 0 | 1, entry: unknown): Order | null => {
  if (from === 1) {
    const r = Order.safeParse(entry);
    return r.success ? r.data : null;
  }
  const r = OrderV0.safeParse(entry);
  return r.success ? upgradeV0(r.data) : null;
};

/**
 * Reads whatever the adapter found on disk. Nothing yet (undefined or null) is an empty
 * store. A file whose every entry is unreadable is 'corrupt' rather than "empty", so the
 * caller does not replace it with an empty list; a file with some bad entries loads the
 * good ones and says how many were left out.
 */
export const migrateOrdersStore = (raw: unknown): Result<OrdersStoreLoad, OrdersStoreError> => {
  if (raw === undefined || raw === null) return ok({ ...ordersStoreOf([]), migratedFrom: null, dropped: 0 });
  if (typeof raw !== 'object') return err(corrupt('The orders file is not a JSON object or array.'));
  const source = sourceOf(raw);
  if (!source.ok) return source;
  const { from, entries } = source.value;

  const orders: Order[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    const parsed = parseEntry(from, entry);
    if (parsed === null || seen.has(parsed.id)) continue;
    seen.add(parsed.id);
    orders.push(parsed);
  }
  if (entries.length > 0 && orders.length === 0) {
    return err(corrupt(`None of the ${entries.length} entries of the orders file is a valid order.`));
  }
  return ok({
    ...ordersStoreOf(orders),
    migratedFrom: from === 0 ? 0 : null,
    dropped: entries.length - orders.length,
  });
};
