/**
 * One scan at a time over the inventory: a second request while one runs waits for it, so
 * there are never two writers, and `cancel` aborts the one running (the next ones still run:
 * each was asked for on its own).
 */
export const createScanQueue = () => {
  let running: Promise<unknown> = Promise.resolve();
  let current: AbortController | null = null;
  return {
    run<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
      const next = running.then(async () => {
        current = new AbortController();
        try {
          return await work(current.signal);
        } finally {
          current = null;
        }
      });
      running = next.catch(() => undefined);
      return next;
    },
    cancel(): void {
      current?.abort();
    },
  };
};
