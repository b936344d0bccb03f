import type { Order } from '../../shared/model/order.js';

/**
 * Persistence of order records (electron-store in the shell, `conf` in Node; one schema,
 * versioned with migrations, written atomically).
 */
export type OrderRepository = {
  list(): Promise<Order[]>;
  get(id: string): Promise<Order | null>;
  put(order: Order): Promise<void>;
};
