import type { Order } from '../../../shared/model/order.js';
import { migrateOrdersStore, ordersStoreOf } from '../../../shared/orders/persisted.js';
import { err, ok, type Result } from '../../../shared/result.js';
import type { DocumentStore } from '../../ports/document-store.js';
import type { OrderRepository, OrderStoreError } from '../../ports/order-repository.js';

const ioError = (cause: unknown): OrderStoreError => ({
  code: 'io-error',
  message: cause instanceof Error ? cause.message : String(cause),
});

/**
 * Orders kept in one versioned document. Reads migrate old formats (src/shared/orders);
 * writes are serialised so two updates at once cannot lose one another, and always
 * store the current version.
 */
export const createOrderStore = (doc: DocumentStore): OrderRepository => {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  // Set when the document on disk holds more than we could read (unreadable entries, an
  // older version): the first write then keeps a copy of the original first.
  let preserveBeforeWrite: string | null = null;

  const load = async (): Promise<Result<Order[], OrderStoreError>> => {
    let raw: unknown;
    try {
      raw = await doc.read();
    } catch (cause) {
      return err(ioError(cause));
    }
    if (raw === undefined) return ok([]);
    const migrated = migrateOrdersStore(raw);
    if (!migrated.ok) return err(migrated.error);
    if (migrated.value.dropped > 0) preserveBeforeWrite = 'unreadable-entries';
    else if (migrated.value.migratedFrom !== null) preserveBeforeWrite = `v${migrated.value.migratedFrom}`;
    return ok([...migrated.value.orders]);
  };

  return {
    list: () => serial(load),
    get: (id) =>
      serial(async () => {
        const all = await load();
        return all.ok ? ok(all.value.find((o) => o.id === id) ?? null) : all;
      }),
    put: (order) =>
      serial(async () => {
        const all = await load();
        if (!all.ok) return all;
        const others = all.value.filter((o) => o.id !== order.id);
        try {
          if (preserveBeforeWrite) {
            await doc.preserve(preserveBeforeWrite);
            preserveBeforeWrite = null;
          }
          await doc.write(ordersStoreOf([...others, order]));
          return ok(undefined);
        } catch (cause) {
          return err(ioError(cause));
        }
      }),
  };
};
