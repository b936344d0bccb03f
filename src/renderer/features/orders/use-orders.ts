import { useCallback, useEffect, useState } from 'react';
import type { Order, OrderError } from '../../../shared/model/order.js';
import { useApi } from '../../api-context.js';

export type OrdersState =
  | { status: 'loading' }
  | { status: 'ready'; orders: readonly Order[] }
  | { status: 'failed'; error: OrderError };

/** Every order, newest first, reloaded whenever main says one changed. */
export const useOrders = (active: boolean) => {
  const api = useApi();
  const [state, setState] = useState<OrdersState>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => api.events.on('orders.changed', reload), [api, reload]);

  useEffect(() => {
    // Hidden pages need not follow every change; they catch up when shown again.
    if (!active) return;
    let live = true;
    api.orders.list({}).then(
      (result) =>
        live &&
        setState(
          result.ok
            ? { status: 'ready', orders: result.value.orders }
            : { status: 'failed', error: result.error },
        ),
      (cause: unknown) =>
        live &&
        setState({
          status: 'failed',
          error: { code: 'io-error', message: cause instanceof Error ? cause.message : String(cause) },
        }),
    );
    return () => {
      live = false;
    };
  }, [api, version, active]);

  return { state, reload };
};
