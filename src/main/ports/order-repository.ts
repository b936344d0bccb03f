import type { Order } from '../../shared/model/order.js';
import type { Result } from '../../shared/result.js';

/** 'too-new': written by a newer Vigie — we refuse to touch it rather than lose data. */
export type OrderStoreError = { code: 'corrupt' | 'too-new' | 'io-error'; message: string };

/**
 * Persistence of order records (electron-store in the shell, `conf` in Node; one schema,
 * versioned with migrations, written atomically).
 */
export type OrderRepository = {
  list(): Promise<Result<Order[], OrderStoreError>>;
  get(id: string): Promise<Result<Order | null, OrderStoreError>>;
  put(order: Order): Promise<Result<void, OrderStoreError>>;
};
