import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArgsOf, EventPayload } from '../../../../shared/ipc/types.js';
import type { FieldError, Order, OrderError } from '../../../../shared/model/order.js';
import { useApi } from '../../../api-context.js';
import type { PlannedCertificate } from './plan.js';

export type RunStage = 'waiting' | 'creating' | EventPayload<'orders.progress'>['stage'];

export type CertificateRun = {
  readonly planned: PlannedCertificate;
  readonly stage: RunStage;
  readonly order: Order | null;
  readonly error: OrderError | null;
};

type CreateArgs = ArgsOf<'orders', 'create'>;
type GenerateArgs = ArgsOf<'orders', 'generateKey'>;

const thrown = (cause: unknown): OrderError => ({
  code: 'io-error',
  message: cause instanceof Error ? cause.message : String(cause),
});

/**
 * Creates one order per planned certificate, then has main generate each key in turn.
 * Main does the heavy work; this only follows it, through the call results and the
 * `orders.progress` events. Running it again after a failure resumes: orders already
 * created are reused, finished ones are left alone.
 */
export const useGeneration = () => {
  const api = useApi();
  const [runs, setRuns] = useState<readonly CertificateRun[]>([]);
  const [running, setRunning] = useState(false);
  /** Field errors main gave for the holder ('invalid-holder'), to show back on step 2. */
  const [holderErrors, setHolderErrors] = useState<
    readonly { planned: PlannedCertificate; errors: FieldError[] }[]
  >([]);
  // Progress events name the order; the run is found through this map, filled as soon
  // as each order exists (events can arrive before React has re-rendered).
  const keyByOrder = useRef(new Map<string, string>());

  const patch = useCallback((key: string, change: Partial<CertificateRun>) => {
    setRuns((list) => list.map((r) => (r.planned.key === key ? { ...r, ...change } : r)));
  }, []);

  useEffect(
    () =>
      api.events.on('orders.progress', ({ orderId, stage }) => {
        const key = keyByOrder.current.get(orderId);
        if (key !== undefined) patch(key, { stage });
      }),
    [api, patch],
  );

  const start = useCallback(
    async (
      planned: readonly PlannedCertificate[],
      argsFor: (p: PlannedCertificate) => CreateArgs,
      onToken?: GenerateArgs['onToken'],
    ) => {
      setRunning(true);
      setHolderErrors([]);
      const previous = new Map(runs.map((r) => [r.planned.key, r]));
      const current: CertificateRun[] = planned.map((p) => {
        const before = previous.get(p.key);
        return before?.order
          ? { ...before, error: null }
          : { planned: p, stage: 'waiting', order: null, error: null };
      });
      setRuns(current);

      // Orders as they are now, by run key: the state above only catches up on re-render.
      const orders = new Map<string, Order>();
      for (const run of current) if (run.order) orders.set(run.planned.key, run.order);
      const invalid: { planned: PlannedCertificate; errors: FieldError[] }[] = [];
      for (const run of current) {
        if (orders.has(run.planned.key)) continue;
        patch(run.planned.key, { stage: 'creating' });
        const created = await api.orders.create(argsFor(run.planned)).catch((c: unknown) => ({
          ok: false as const,
          error: thrown(c),
        }));
        if (!created.ok) {
          patch(run.planned.key, { stage: 'failed', error: created.error });
          if (created.error.fields) invalid.push({ planned: run.planned, errors: created.error.fields });
          continue;
        }
        orders.set(run.planned.key, created.value);
        keyByOrder.current.set(created.value.id, run.planned.key);
        patch(run.planned.key, { order: created.value, stage: 'waiting' });
      }
      setHolderErrors(invalid);

      for (const run of current) {
        const order = orders.get(run.planned.key);
        if (!order || order.state !== 'draft') continue;
        // On a card or token, the PIN typed once goes with each key; it lives only in this call.
        const generated = await api.orders
          .generateKey(onToken ? { orderId: order.id, onToken } : { orderId: order.id })
          .catch((c: unknown) => ({
            ok: false as const,
            error: thrown(c),
          }));
        if (generated.ok) patch(run.planned.key, { order: generated.value, stage: 'done', error: null });
        else patch(run.planned.key, { stage: 'failed', error: generated.error });
      }
      setRunning(false);
    },
    [api, patch, runs],
  );

  const reset = useCallback(() => {
    keyByOrder.current.clear();
    setRuns([]);
    setHolderErrors([]);
  }, []);

  /** Replaces an order after a later step changed it (CSR exported, submitted). */
  const updateOrder = useCallback((order: Order) => {
    setRuns((list) => list.map((r) => (r.order?.id === order.id ? { ...r, order } : r)));
  }, []);

  const allDone = runs.length > 0 && runs.every((r) => r.order !== null && r.order.state !== 'draft');
  return { runs, running, holderErrors, allDone, start, reset, updateOrder };
};
