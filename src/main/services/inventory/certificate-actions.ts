import type { InventoryError } from '../../../shared/model/inventory.js';
import { err, ok, type Result } from '../../../shared/result.js';
import type { Clock } from '../../ports/clock.js';
import type { InventoryStore } from '../../ports/inventory-store.js';

type Outcome = Promise<Result<null, InventoryError>>;

const notFound = () =>
  err<InventoryError>({ code: 'not-found', message: 'No such certificate in the inventory' });

/** What the user does to one certificate of the list: forget it, snooze it, acknowledge it. */
export const certificateActions = (store: InventoryStore, clock: Clock, changed: () => void) => ({
  /** Forgets the certificate and its history (the certificate itself is not touched). */
  async forget(sha256: string): Outcome {
    if (!store.certificate(sha256)) return notFound();
    store.forget(sha256);
    changed();
    return ok(null);
  },

  async snooze(sha256: string, until: Date | null): Outcome {
    if (!store.certificate(sha256)) return notFound();
    store.snooze(sha256, until);
    changed();
    return ok(null);
  },

  /** The user saw what was notified about this certificate. */
  async acknowledge(sha256: string): Outcome {
    if (!store.certificate(sha256)) return notFound();
    const now = clock.now();
    store.transaction(() => {
      for (const t of store.notifiedThresholds(sha256)) store.acknowledge(sha256, t, now);
    });
    return ok(null);
  },
});
