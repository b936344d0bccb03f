import { useCallback, useEffect, useRef, useState } from 'react';
import type { Order, OrderError } from '../../../shared/model/order.js';
import { useApi } from '../../api-context.js';

export type CsrExport =
  | { status: 'loading' }
  | { status: 'ready'; pem: string; fileName: string }
  | { status: 'failed'; error: OrderError };

/**
 * Asks main for an order's CSR once (key-ready → csr-exported happens there), and lets
 * the caller mark it submitted. `onOrder` receives every new version of the order.
 */
export const useCsrExport = (orderId: string, onOrder: (order: Order) => void) => {
  const api = useApi();
  const [state, setState] = useState<CsrExport>({ status: 'loading' });
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<OrderError | null>(null);
  // Strict mode runs effects twice: one export is enough (each one is logged in the order).
  const asked = useRef<string | null>(null);
  const latest = useRef(onOrder);
  useEffect(() => {
    latest.current = onOrder;
  });

  useEffect(() => {
    if (asked.current === orderId) return;
    asked.current = orderId;
    api.orders.exportCsr({ orderId }).then(
      (result) => {
        if (!result.ok) return setState({ status: 'failed', error: result.error });
        setState({ status: 'ready', pem: result.value.pem, fileName: result.value.fileName });
        latest.current(result.value.order);
      },
      (cause: unknown) =>
        setState({
          status: 'failed',
          error: { code: 'io-error', message: cause instanceof Error ? cause.message : String(cause) },
        }),
    );
  }, [api, orderId]);

  const markSubmitted = useCallback(async () => {
    setSubmitting(true);
    setSubmitError(null);
    try {
      const result = await api.orders.markSubmitted({ orderId });
      if (result.ok) latest.current(result.value);
      else setSubmitError(result.error);
    } catch (cause) {
      setSubmitError({ code: 'io-error', message: cause instanceof Error ? cause.message : String(cause) });
    } finally {
      setSubmitting(false);
    }
  }, [api, orderId]);

  return { state, submitting, submitError, markSubmitted };
};
