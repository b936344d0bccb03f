/**
 * Mutated JSON documents (settings, orders store, vault files): a valid document with one to
 * three of its values replaced (by hostile JSON, a huge array, an extreme number, a string
 * past a cap), keys dropped or added (`__proto__`, `constructor` among them), values wrapped
 * in arrays; and the same as text with its bytes damaged.
 */
import fc from 'fast-check';
import { hostileJson, hostileString } from './strings.js';

type Path = (string | number)[];

const pathsOf = (value: unknown, prefix: Path = [], out: Path[] = []): Path[] => {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  return out;
};

const clone = (v: unknown): unknown =>
  v === undefined ? undefined : (JSON.parse(JSON.stringify(v)) as unknown);

type JsonOp =
  | { k: 'replace'; at: number; value: unknown }
  | { k: 'drop'; at: number }
  | { k: 'add'; at: number; key: string; value: unknown }
  | { k: 'wrap'; at: number }
  | { k: 'huge'; at: number; n: number; value: unknown };

const op: fc.Arbitrary<JsonOp> = fc.oneof(
  {
    arbitrary: fc.record({
      k: fc.constant('replace' as const),
      at: fc.nat(),
      value: fc.oneof(hostileJson(), fc.constantFrom(-1, 3651, 1e21, 0.5, -0, '', 'x'.repeat(10_000))),
    }),
    weight: 5,
  },
  { arbitrary: fc.record({ k: fc.constant('drop' as const), at: fc.nat() }), weight: 2 },
  {
    arbitrary: fc.record({
      k: fc.constant('add' as const),
      at: fc.nat(),
      key: fc.oneof(
        fc.constantFrom('__proto__', 'constructor', 'prototype', 'version', 'extra'),
        hostileString(2),
      ),
      value: hostileJson(),
    }),
    weight: 2,
  },
  { arbitrary: fc.record({ k: fc.constant('wrap' as const), at: fc.nat() }), weight: 1 },
  {
    arbitrary: fc.record({
      k: fc.constant('huge' as const),
      at: fc.nat(),
      n: fc.constantFrom(21, 201, 1_001, 100_000),
      value: hostileJson(),
    }),
    weight: 1,
  },
);

const apply = (doc: unknown, o: JsonOp): unknown => {
  const root = { doc: clone(doc) } as Record<string, unknown>;
  const paths = pathsOf(root.doc);
  const path = paths[o.at % paths.length] as Path;
  let parent: Record<string | number, unknown> = root;
  let key: string | number = 'doc';
  for (const p of path) {
    parent = parent[key] as Record<string | number, unknown>;
    key = p;
  }
  const current = parent[key];
  switch (o.k) {
    case 'replace':
      parent[key] = o.value;
      break;
    case 'drop':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      break;
    case 'add':
      if (current !== null && typeof current === 'object' && !Array.isArray(current))
        Object.defineProperty(current, o.key, {
          value: o.value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      else parent[key] = { [o.key]: o.value };
      break;
    case 'wrap':
      parent[key] = [current];
      break;
    case 'huge': {
      // Past a cap by one, with the value there (or an element of it); past it by far, with a small one.
      const element = Array.isArray(current) ? (current[0] ?? o.value) : current;
      parent[key] = new Array<unknown>(o.n).fill(o.n <= 1_001 ? element : 0);
      break;
    }
  }
  return root.doc;
};

/** Largest document made, as JSON text: repeated values copied again by a later operation would grow without end. */
const MAX_DOCUMENT_CHARS = 2 * 1024 * 1024;

/** `valid` with 1 to 3 values changed (an operation that would pass MAX_DOCUMENT_CHARS is skipped). */
export const jsonMutant = (valid: unknown): fc.Arbitrary<unknown> =>
  fc.array(op, { minLength: 1, maxLength: 3 }).map((ops) =>
    ops.reduce((doc, o) => {
      const next = apply(doc, o);
      return (JSON.stringify(next) ?? '').length > MAX_DOCUMENT_CHARS ? doc : next;
    }, valid),
  );

type TextOp = { k: 'cut' | 'insert' | 'flip'; at: number; piece: string };

/** The document as JSON text (valid, mutated, or random), sometimes with its text damaged. */
export const jsonText = (valid: unknown): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.oneof(jsonMutant(valid), fc.constant(valid), hostileJson()),
      fc.array(
        fc.record({
          k: fc.constantFrom('cut' as const, 'insert' as const, 'flip' as const),
          at: fc.nat(),
          piece: fc.constantFrom(
            '\ufeff',
            '\u0000',
            '{',
            '}',
            '"',
            ',',
            '\\',
            '\\u',
            '\\ud800',
            'NaN',
            '1e999',
            ']',
            '/*',
          ),
        }),
        { maxLength: 2 },
      ),
    )
    .map(([doc, ops]: [unknown, TextOp[]]) =>
      ops.reduce(
        (text, o) => {
          const i = o.at % (text.length + 1);
          if (o.k === 'cut') return text.slice(0, i);
          if (o.k === 'insert') return text.slice(0, i) + o.piece + text.slice(i);
          return text.slice(0, i) + String.fromCharCode((text.charCodeAt(i) || 32) ^ 1) + text.slice(i + 1);
        },
        JSON.stringify(doc) ?? 'null',
      ),
    );
