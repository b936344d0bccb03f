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
  // Reads by index, each slot emptied when taken. An array and not a Map: a Map that gains
  // and loses an entry per file is rebuilt now and then, and V8 keeps each discarded table
  // pointing at the next, which kept every read buffer alive through young collections.
  const pending: (Promise<T> | undefined)[] = [];
  let next = 0;
  const startUpTo = (last: number) => {
    for (; next <= last && next < paths.length; next++) {
      const p = read(paths[next] as string);
      // A read we never take (an earlier file failed) must not become an unhandled rejection;
      // the one we take still rejects to its caller.
      p.catch(() => undefined);
      pending[next] = p;
    }
  };
  return {
    take: (index) => {
      startUpTo(index + window);
      const p = pending[index];
      pending[index] = undefined;
      // Each index is taken once, in any order; out of range or taken before, there is no read.
      return p ?? Promise.reject(new RangeError(`no read pending for index ${index}`));
    },
  };
};
