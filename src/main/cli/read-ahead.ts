/**
 * Reads a few files ahead of the one being inspected. Awaiting each read in turn left the
 * CPU idle about a third of the time over thousands of small files (every read is a few
 * thread-pool round trips: stat, open, fstat, read, close). The window is small so that
 * several 10 MiB files never sit in memory together for long.
 */
export const READ_AHEAD = 4;

export type ReadAhead<T> = { take: (index: number) => Promise<T> };

export const readAhead = <T>(
  paths: readonly string[],
  read: (path: string) => Promise<T>,
  window = READ_AHEAD,
): ReadAhead<T> => {
  const pending = new Map<number, Promise<T>>();
  const start = (index: number) => {
    const path = paths[index];
    if (path === undefined || pending.has(index)) return;
    const p = read(path);
    // A read we never take (an earlier file failed) must not become an unhandled rejection;
    // the one we take still rejects to its caller.
    p.catch(() => undefined);
    pending.set(index, p);
  };
  return {
    take: (index) => {
      for (let i = index; i <= index + window; i++) start(i);
      const p = pending.get(index);
      pending.delete(index);
      // start(index) above always created it unless the index is out of range.
      return p ?? Promise.reject(new RangeError(`no file at index ${index}`));
    },
  };
};
