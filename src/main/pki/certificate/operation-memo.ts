/**
 * Memos that last about two operations (an operation: inspecting one file), then forget.
 *
 * Why not a WeakMap for the process's life: once its table has moved to V8's old
 * generation, each young collection treats the table's values as live. A value that refers
 * to its own key (a parsed certificate keeps its bytes) then never dies young, and every
 * certificate parsed was copied and promoted. Why not an LRU on one Map: deleting and
 * re-adding makes V8 rebuild the table now and then, and the discarded table keeps a
 * pointer to its successor, a chain the young collector follows. Measured over 3,000
 * files, the two together promoted 16 MB that was dead a few files later.
 *
 * A memo here has two generations, this operation's and the previous one's, each a fresh
 * table: `endOperation()` (the inspector calls it when a file is done) drops the older
 * one, so a file's entries die young, while what the next operation reads again (the same
 * file inspected twice, a trust store read into new buffers) is still found and carried
 * over. With a `cap`, a memo also ages itself every `cap` additions, for a long run of
 * calls with no operation around them.
 */

type Table<K, V> = { get(key: K): V | undefined; set(key: K, value: V): unknown };

class Memo<K, V> {
  #current: Table<K, V>;
  #previous: Table<K, V>;
  #added = 0;
  readonly #make: () => Table<K, V>;
  readonly #cap: number;

  constructor(make: () => Table<K, V>, cap: number) {
    this.#make = make;
    this.#cap = cap;
    this.#current = make();
    this.#previous = make();
  }

  get(key: K): V | undefined {
    const value = this.#current.get(key);
    if (value !== undefined) return value;
    const older = this.#previous.get(key);
    // Read again in this operation: it stays for the next one too.
    if (older !== undefined) this.set(key, older);
    return older;
  }

  set(key: K, value: V): void {
    this.#current.set(key, value);
    if (++this.#added >= this.#cap) this.age();
  }

  /** The previous generation goes; this operation's becomes the previous. */
  age(): void {
    this.#previous = this.#current;
    this.#current = this.#make();
    this.#added = 0;
  }
}

export type OperationMemo<K, V> = Pick<Memo<K, V>, 'get' | 'set'>;

// Module-level memos only (created once per module), so holding them here is no leak.
const memos: Memo<never, unknown>[] = [];

const register = <K, V>(memo: Memo<K, V>): OperationMemo<K, V> => {
  memos.push(memo as unknown as Memo<never, unknown>);
  return memo;
};

/** Keyed by object identity, weakly: an entry also goes when its key does. No cap needed. */
export const objectMemo = <K extends object, V>(): OperationMemo<K, V> =>
  register(new Memo<K, V>(() => new WeakMap<K, V>(), Infinity));

/** Keyed by value (a fingerprint): at most `cap` entries per generation. */
export const valueMemo = <K, V>(cap: number): OperationMemo<K, V> =>
  register(new Memo<K, V>(() => new Map<K, V>(), cap));

/**
 * An operation is over: entries nobody read since the previous call are dropped. Called by
 * whoever runs operations (the inspector, per file); skipping it costs memory, never answers.
 */
export const endOperation = (): void => {
  for (const memo of memos) memo.age();
};
