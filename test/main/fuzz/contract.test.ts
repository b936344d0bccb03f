/**
 * Fuzzing the IPC gate: every operation's args schema of the contract (src/shared/ipc:
 * contract.ts, inventory-ops.ts, token-ops.ts) with arguments shaped after the schema itself
 * (right keys, values valid, near-valid or hostile, extra keys, strings up to the file cap)
 * and plain random JSON; and the dispatcher (main/ipc/dispatch.ts) with those arguments on
 * real and made-up channel names (prototype keys included). A handler runs only for a known
 * channel with arguments that parse.
 */
import fc from 'fast-check';
import type { z } from 'zod';
import { createDispatcher } from '../../../src/main/ipc/dispatch.js';
import { contract } from '../../../src/shared/ipc/contract.js';
import type { Operation } from '../../../src/shared/ipc/define.js';
import { findOperation } from '../../../src/shared/ipc/lookup.js';
import type { MainHandlers } from '../../../src/shared/ipc/types.js';
import { MAX_FILE_BYTES } from '../../../src/shared/limits.js';
import { fuzz } from '../../fuzz/harness.js';
import { hostileJson, hostileString } from '../../fuzz/strings.js';

const OPERATIONS: [string, Operation][] = Object.entries(contract).flatMap(([ns, methods]) =>
  Object.entries(methods as Record<string, Operation>).map(([m, op]): [string, Operation] => [
    `${ns}.${m}`,
    op,
  ]),
);

/**
 * Text flattened now: V8 builds a repeated or concatenated string as a tree and flattens it, in
 * a new 14 MB copy, the first time a regular expression reads it (that copy would otherwise
 * count in the run's heap growth).
 */
const flat = (s: string): string => {
  /^/.test(s);
  return s;
};

/** Base64 at the file cap (and one character past it), made once. */
const BIG_BASE64 = flat('A'.repeat(Math.ceil(MAX_FILE_BYTES / 3) * 4));
const BIG_BASE64_PAST = flat(`${BIG_BASE64}AAAA`);
const STRINGS = fc.oneof(
  { arbitrary: hostileString(6), weight: 6 },
  { arbitrary: fc.uuid(), weight: 3 },
  {
    arbitrary: fc.string({ unit: fc.constantFrom(...'0123456789ABCDEF'), minLength: 64, maxLength: 64 }),
    weight: 1,
  },
  { arbitrary: fc.base64String({ maxLength: 400 }), weight: 2 },
  {
    arbitrary: fc.constantFrom(
      BIG_BASE64,
      BIG_BASE64_PAST,
      'https://esante.gouv.fr/x',
      'http://127.0.0.1:1/',
      'javascript:alert(1)',
      'file:///etc/passwd',
    ),
    weight: 1,
  },
);

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string>;
  values?: unknown[];
};
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Values shaped after a zod schema: mostly of the right type, sometimes anything. */
const shaped = (schema: z.ZodType, depth = 0): fc.Arbitrary<unknown> => {
  const d = defOf(schema);
  const own = (): fc.Arbitrary<unknown> => {
    switch (d.type) {
      case 'object': {
        const fields = Object.fromEntries(
          Object.entries(d.shape ?? {}).map(([k, v]) => [k, shaped(v, depth + 1)]),
        );
        return fc
          .tuple(
            fc.record(fields, { requiredKeys: [] }),
            fc.option(
              fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'extra', 'then'), hostileJson(), {
                maxKeys: 2,
              }),
              { freq: 6 },
            ),
          )
          .map(([o, extra]) => (extra ? { ...extra, ...o } : o));
      }
      case 'string':
        return STRINGS;
      case 'number':
        return fc.oneof(
          fc.integer(),
          fc.double(),
          fc.constantFrom(0, -1, 2048, 4096, 3650, 2 ** 53, Number.NaN, Infinity),
        );
      case 'boolean':
        return fc.boolean();
      case 'optional':
        return fc.option(shaped(d.innerType as z.ZodType, depth), { nil: undefined });
      case 'nullable':
        return fc.option(shaped(d.innerType as z.ZodType, depth), { nil: null });
      case 'array':
        return depth > 4
          ? fc.constant([])
          : fc.oneof(
              fc.array(shaped(d.element as z.ZodType, depth + 1), { maxLength: 4 }),
              fc.constant(new Array(25).fill('x')),
            );
      case 'enum':
        return fc.constantFrom(...Object.values(d.entries ?? { x: 'x' }));
      case 'literal':
        return fc.constantFrom(...(d.values ?? [null]));
      case 'union':
        return fc.oneof(...(d.options ?? []).map((o) => shaped(o, depth)));
      default:
        return hostileJson();
    }
  };
  return fc.oneof({ arbitrary: own(), weight: 8 }, { arbitrary: hostileJson(), weight: 1 });
};

const operationArgs = fc.oneof(
  ...OPERATIONS.map(([channel, op]) =>
    fc.tuple(
      fc.constant(channel),
      fc.oneof({ arbitrary: shaped(op.args), weight: 4 }, { arbitrary: hostileJson(), weight: 1 }),
    ),
  ),
);

const CHANNELS = fc.oneof(
  { arbitrary: fc.constantFrom(...OPERATIONS.map(([c]) => c)), weight: 4 },
  {
    arbitrary: fc.constantFrom(
      '__proto__.x',
      'constructor.name',
      'inspector.__proto__',
      'inspector.constructor',
      'toString.call',
      'app.',
      '.getInfo',
      'app',
      '',
      'inspector.inspect.extra',
      'hasOwnProperty.x',
      'app.getInfo ',
    ),
    weight: 2,
  },
  { arbitrary: hostileString(4), weight: 1 },
);

describe('fuzz: IPC contract', () => {
  fuzz('contract.args', {
    arbitrary: operationArgs,
    call: ([channel, args]) => {
      const op = findOperation(channel) as Operation;
      const first = op.args.safeParse(args);
      return { first, again: first.success ? op.args.safeParse(first.data) : null };
    },
    check: ({ first, again }) =>
      first.success && !again?.success
        ? 'parsed arguments do not parse again'
        : !first.success && first.error.issues.length === 0
          ? 'refused without an issue'
          : null,
    describe: ([channel, args]) => `${channel} ${fc.stringify(args).slice(0, 300)}`,
  });

  const called: string[] = [];
  const handlers = new Proxy(
    {},
    {
      get: (_t, ns) =>
        new Proxy({}, { get: (_u, m) => async () => void called.push(`${String(ns)}.${String(m)}`) }),
    },
  ) as MainHandlers;
  const dispatch = createDispatcher(handlers);

  fuzz('contract.dispatch', {
    arbitrary: fc.tuple(
      CHANNELS,
      fc.oneof(
        operationArgs.map(([, a]) => a),
        hostileJson(),
      ),
    ),
    call: async ([channel, args]) => {
      called.length = 0;
      return { outcome: await dispatch(channel, args, { origin: 'fuzz' }), calls: [...called] };
    },
    check: ({ outcome, calls }, [channel, args]) => {
      const op = findOperation(channel);
      if (outcome.kind === 'unknown-channel')
        return op ? `a known channel ${channel} answered unknown` : calls.length ? 'a handler ran' : null;
      if (!op) return `unknown channel ${JSON.stringify(channel)} answered ${outcome.kind}`;
      const parses = op.args.safeParse(args).success;
      if (outcome.kind === 'bad-arguments')
        return parses
          ? 'good arguments refused'
          : calls.length
            ? 'a handler ran on bad arguments'
            : outcome.issues.length
              ? null
              : 'no issues';
      return parses && calls.length === 1 && calls[0] === channel
        ? null
        : `ran ${calls.join(',')} for ${channel}`;
    },
    describe: ([channel, args]) => `${JSON.stringify(channel)} ${fc.stringify(args).slice(0, 300)}`,
  });
});
