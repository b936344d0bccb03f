/**
 * Mutated DER from real files. Two layers, both seeded by fast-check (so a seed replays):
 * - tree mutations keep the TLV framing valid (lengths recomputed), so the parser gets past
 *   its framing and meets bad values: contents replaced, tags changed, elements dropped,
 *   duplicated (up to tens of thousands of times), swapped, grafted from another file,
 *   wrapped (down to nested-length bombs thousands deep), hostile OIDs, strings, times and
 *   integers. OCTET STRING and BIT STRING contents that are DER (extension values, PKCS#12
 *   safes) are walked into as well;
 * - raw mutations break the framing itself: bit flips, byte insertions and deletions,
 *   truncations, length fields corrupted (zero, ±1, indefinite, huge, too many octets,
 *   non-minimal), BER indefinite-length bombs, a slice repeated up to the file cap.
 */
import fc from 'fast-check';
import { MAX_FILE_BYTES } from '../../src/shared/limits.js';
import type { Seed } from './seeds.js';
import { hostileString } from './strings.js';

export type Sample = { readonly bytes: Uint8Array; readonly label: string; readonly password?: string };

// ---------------------------------------------------------------- DER tree (lenient)

type Node = {
  readonly id: Uint8Array;
  readonly children: readonly Node[] | null;
  /** Raw contents when children is null. */
  readonly content: Uint8Array;
  /** Children encapsulated in a primitive OCTET STRING / BIT STRING (a leading 00 byte). */
  readonly wrap: 'none' | 'octet' | 'bit';
  /** Written in BER's indefinite-length form (80 … 00 00). */
  readonly indefinite?: boolean;
};

const concat = (parts: readonly Uint8Array[]): Uint8Array => {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

export const encodeLength = (n: number): Uint8Array => {
  if (n < 0x80) return Uint8Array.of(n);
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v % 256);
  return Uint8Array.of(0x80 | bytes.length, ...bytes);
};

type Header = { idEnd: number; lenAt: number; lenEnd: number; end: number; constructed: boolean };

/** One definite-length TLV header at `p`, or null (this reader is the fuzzer's, not the app's). */
const header = (b: Uint8Array, p: number, limit: number): Header | null => {
  if (p >= limit) return null;
  const first = b[p] as number;
  let q = p + 1;
  if ((first & 0x1f) === 0x1f) {
    while (q < limit && ((b[q] as number) & 0x80) !== 0) q++;
    q++;
  }
  if (q >= limit) return null;
  const lenAt = q;
  const l0 = b[q++] as number;
  let len = l0;
  if (l0 === 0x80 || l0 === 0xff) return null;
  if (l0 > 0x80) {
    const n = l0 & 0x7f;
    if (n > 4 || q + n > limit) return null;
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + (b[q++] as number);
  }
  if (q + len > limit) return null;
  return { idEnd: lenAt, lenAt, lenEnd: q, end: q + len, constructed: (first & 0x20) !== 0 };
};

/** Parses [start, end) as a run of TLVs; null when it is not exactly that. */
const parseRun = (
  b: Uint8Array,
  start: number,
  end: number,
  depth: number,
  budget: { nodes: number },
): Node[] | null => {
  const out: Node[] = [];
  let p = start;
  while (p < end) {
    if (--budget.nodes < 0) return null;
    const h = header(b, p, end);
    if (!h) return null;
    const id = b.subarray(p, h.idEnd);
    const content = b.subarray(h.lenEnd, h.end);
    let children: Node[] | null = null;
    let wrap: Node['wrap'] = 'none';
    if (depth < 40) {
      if (h.constructed) children = parseRun(b, h.lenEnd, h.end, depth + 1, budget);
      else if (b[p] === 0x04 && content.length > 1 && (content[0] === 0x30 || content[0] === 0x31)) {
        children = parseRun(b, h.lenEnd, h.end, depth + 1, budget);
        if (children) wrap = 'octet';
      } else if (b[p] === 0x03 && content.length > 2 && content[0] === 0 && content[1] === 0x30) {
        children = parseRun(b, h.lenEnd + 1, h.end, depth + 1, budget);
        if (children) wrap = 'bit';
      }
    }
    out.push({ id, children, content, wrap });
    p = h.end;
  }
  return out;
};

const serialize = (n: Node): Uint8Array => {
  const inner = n.children ? concat(n.children.map(serialize)) : n.content;
  const body = n.wrap === 'bit' ? concat([Uint8Array.of(0), inner]) : inner;
  if (n.indefinite) return concat([n.id, Uint8Array.of(0x80), body, Uint8Array.of(0, 0)]);
  return concat([n.id, encodeLength(body.length), body]);
};

/** `inner` inside `depth` headers of `tag`, built in one buffer (a recursive build would be quadratic). */
const nested = (inner: Uint8Array, tag: number, depth: number): Uint8Array => {
  const sizes = [inner.length];
  for (let d = 0; d < depth; d++) {
    const s = sizes[d] as number;
    sizes.push(1 + encodeLength(s).length + s);
  }
  const out = new Uint8Array(sizes[depth] as number);
  let p = 0;
  for (let d = depth - 1; d >= 0; d--) {
    out[p++] = tag;
    const len = encodeLength(sizes[d] as number);
    out.set(len, p);
    p += len.length;
  }
  out.set(inner, p);
  return out;
};

const sizeOf = (n: Node): number => {
  const inner = n.children ? n.children.reduce((s, c) => s + sizeOf(c), 0) : n.content.length;
  const body = inner + (n.wrap === 'bit' ? 1 : 0);
  return n.id.length + (n.indefinite ? 3 : encodeLength(body).length) + body;
};

type Path = readonly number[];
type Tree = { root: Node[]; paths: Path[] };

/** Trees of the seeds an arbitrary was made from (warmTrees); any other input is parsed when used. */
const trees = new WeakMap<Uint8Array, Tree | null>();

/** The seed's top-level TLVs and the path of every node, pre-order; null when it is not DER. */
const treeOf = (der: Uint8Array): Tree | null => {
  if (trees.has(der)) return trees.get(der) ?? null;
  return parseTree(der);
};

const parseTree = (der: Uint8Array): Tree | null => {
  const root = parseRun(der, 0, der.length, 0, { nodes: 200_000 });
  let tree: Tree | null = null;
  if (root) {
    const paths: Path[] = [];
    const visit = (nodes: readonly Node[], prefix: Path) =>
      nodes.forEach((n, i) => {
        const path = [...prefix, i];
        paths.push(path);
        if (n.children) visit(n.children, path);
      });
    visit(root, []);
    tree = { root, paths };
  }
  return tree;
};

const nodeAt = (root: readonly Node[], path: Path): Node => {
  let node = root[path[0] as number] as Node;
  for (const i of path.slice(1)) node = (node.children as readonly Node[])[i] as Node;
  return node;
};

/** The root with the children list that holds `path`'s last index replaced by `edit(list)`. */
const editSiblings = (
  root: readonly Node[],
  path: Path,
  edit: (siblings: readonly Node[], index: number) => readonly Node[],
): Node[] => {
  const go = (nodes: readonly Node[], depth: number): Node[] => {
    const i = path[depth] as number;
    if (depth === path.length - 1) return [...edit(nodes, i)];
    const n = nodes[i] as Node;
    const copy = [...nodes];
    copy[i] = { ...n, children: go(n.children as readonly Node[], depth + 1) };
    return copy;
  };
  return go(root, 0);
};

// ---------------------------------------------------------------- tree operations

const STRING_TAGS = [0x0c, 0x13, 0x16, 0x1e, 0x1c, 0x14, 0x1a, 0x12, 0x19, 0x1b, 0x15] as const;
const TAGS = [
  0x01,
  0x02,
  0x03,
  0x04,
  0x05,
  0x06,
  0x0a,
  0x17,
  0x18,
  0x30,
  0x31,
  0xa0,
  0xa1,
  0xa2,
  0xa3,
  0x80,
  0x81,
  0x82,
  0x86,
  0x87,
  0x88,
  0x24,
  0x23,
  0x00,
  0xff,
  0x1f,
  ...STRING_TAGS,
];
const MULTI_BYTE_TAGS = [
  [0x1f, 0x81, 0x00],
  [0xbf, 0x87, 0x67],
  [0x1f, 0x1e],
  [0x9f, 0xff, 0xff, 0xff, 0xff, 0x7f],
  [0x1f, 0x80, 0x01],
];

const TIME_TEXTS = [
  '991231235959Z',
  '000229000000Z',
  '490229000000Z',
  '20491231235960Z',
  '99991231235959Z',
  '00000101000000Z',
  '20200101000000.999999999999999Z',
  '20200101000000+0100',
  '2020-01-01T00:00:00Z',
  '20201301000000Z',
  '20200132000000Z',
  '202001010000Z',
  '2001010000Z',
  '',
  'Z',
  '\u0000',
  '+9999999999999Z',
];

const INTEGERS = [
  [],
  [0x00],
  [0x00, 0x01],
  [0xff],
  [0x80],
  [0xff, 0x7f],
  [0x7f, 0xff, 0xff, 0xff],
  [0x00, 0xff, 0xff, 0xff, 0xff],
  [0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff],
  [0x01, ...new Array<number>(20).fill(0)],
  [0x1e, 0x84, 0x80],
  [0x1e, 0x84, 0x81],
];

const OIDS = [
  [],
  [0x80],
  [0x80, 0x01],
  [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0b],
  [0x55, 0x1d, 0x11],
  [0x2b, 0x06, 0x01, 0x05, 0x05, 0x07, 0x01, 0x01],
  [0x88, 0x37, 0x03],
  [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f],
  [...new Array<number>(2000).fill(0x81), 0x00],
  [0x2a, ...new Array<number>(4000).fill(0x01)],
];

type TreeOp =
  | { k: 'content'; at: number; how: number; size: number; bytes: Uint8Array }
  | { k: 'integer'; at: number; which: number; bytes: Uint8Array }
  | { k: 'tag'; at: number; tag: number; multi: number }
  | { k: 'drop'; at: number }
  | { k: 'dup'; at: number; times: number }
  | { k: 'swap'; at: number; other: number }
  | { k: 'wrap'; at: number; tag: number; depth: number }
  | { k: 'graft'; at: number; from: number; node: number }
  | { k: 'oid'; at: number; which: number; bytes: Uint8Array }
  | { k: 'string'; at: number; tag: number; text: string; encoding: number }
  | { k: 'time'; at: number; generalized: boolean; which: number; digits: string }
  | { k: 'ber'; at: number; spread: number };

const at = fc.nat();
const someBytes = fc.uint8Array({ maxLength: 48 });

const treeOp: fc.Arbitrary<TreeOp> = fc.oneof(
  {
    arbitrary: fc.record({
      k: fc.constant('content' as const),
      at,
      how: fc.nat(5),
      size: fc.constantFrom(1_000, 70_000, 1_100_000),
      bytes: someBytes,
    }),
    weight: 4,
  },
  {
    arbitrary: fc.record({
      k: fc.constant('integer' as const),
      at,
      which: fc.nat(INTEGERS.length),
      bytes: fc.uint8Array({ minLength: 1, maxLength: 600 }),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      k: fc.constant('tag' as const),
      at,
      tag: fc.oneof(fc.constantFrom(...TAGS), fc.nat(255)),
      multi: fc.nat(8),
    }),
    weight: 3,
  },
  { arbitrary: fc.record({ k: fc.constant('drop' as const), at }), weight: 3 },
  {
    arbitrary: fc.record({
      k: fc.constant('dup' as const),
      at,
      times: fc.oneof(
        { arbitrary: fc.integer({ min: 1, max: 3 }), weight: 6 },
        { arbitrary: fc.constantFrom(100, 2_000, 60_000), weight: 1 },
      ),
    }),
    weight: 3,
  },
  { arbitrary: fc.record({ k: fc.constant('swap' as const), at, other: fc.nat() }), weight: 2 },
  {
    arbitrary: fc.record({
      k: fc.constant('wrap' as const),
      at,
      tag: fc.constantFrom(0x30, 0x31, 0xa0, 0x04, 0x24),
      depth: fc.oneof(
        { arbitrary: fc.integer({ min: 1, max: 3 }), weight: 5 },
        { arbitrary: fc.constantFrom(46, 47, 48, 49, 50, 200, 5_000, 60_000), weight: 1 },
      ),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({ k: fc.constant('graft' as const), at, from: fc.nat(), node: fc.nat() }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      k: fc.constant('oid' as const),
      at,
      which: fc.nat(OIDS.length),
      bytes: someBytes,
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      k: fc.constant('string' as const),
      at,
      tag: fc.constantFrom(...STRING_TAGS),
      text: hostileString(8),
      encoding: fc.nat(4),
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      k: fc.constant('time' as const),
      at,
      generalized: fc.boolean(),
      which: fc.nat(TIME_TEXTS.length),
      digits: fc.string({ unit: fc.constantFrom(...'0123456789Z+-.'), maxLength: 20 }),
    }),
    weight: 2,
  },
  { arbitrary: fc.record({ k: fc.constant('ber' as const), at, spread: fc.nat(3) }), weight: 2 },
);

/** Text in a string type's encoding, or deliberately in the wrong one. */
export const encodeText = (text: string, tag: number, encoding: number): Uint8Array => {
  const utf16be = (s: string) => {
    const out = new Uint8Array(s.length * 2);
    for (let i = 0; i < s.length; i++) {
      out[2 * i] = s.charCodeAt(i) >> 8;
      out[2 * i + 1] = s.charCodeAt(i) & 0xff;
    }
    return out;
  };
  const utf32be = (s: string) => {
    const cps = [...s].map((c) => c.codePointAt(0) as number);
    const out = new Uint8Array(cps.length * 4);
    cps.forEach((cp, i) => new DataView(out.buffer).setUint32(i * 4, cp));
    return out;
  };
  switch (encoding) {
    case 0:
      return tag === 0x1e
        ? utf16be(text)
        : tag === 0x1c
          ? utf32be(text)
          : new Uint8Array(Buffer.from(text, 'utf8'));
    case 1:
      return new Uint8Array(Buffer.from(text, 'utf8'));
    case 2:
      return utf16be(text).subarray(0, Math.max(0, text.length * 2 - 1));
    case 3:
      return utf32be(text);
    default:
      return new Uint8Array(Buffer.from(text, 'latin1'));
  }
};

const LIMIT = MAX_FILE_BYTES + 64;

const applyTreeOp = (root: Node[], op: TreeOp, pool: readonly Seed[]): { root: Node[]; note: string } => {
  const paths = pathsOf(root);
  if (paths.length === 0) return { root, note: `${op.k}:none` };
  const path = paths[op.at % paths.length] as Path;
  const node = nodeAt(root, path);
  const replace = (n: Node) => editSiblings(root, path, (s, i) => [...s.slice(0, i), n, ...s.slice(i + 1)]);
  const where = `@${path.join('.')}`;
  switch (op.k) {
    case 'content': {
      const patterns = [
        new Uint8Array(0),
        op.bytes,
        new Uint8Array(op.bytes.length + 1).fill(0xff),
        Uint8Array.of(0x80, ...op.bytes),
        new Uint8Array(op.size).fill(op.bytes[0] ?? 0x41),
        node.content.length > 0 ? node.content.subarray(0, node.content.length - 1) : op.bytes,
      ];
      const content = patterns[op.how % patterns.length] as Uint8Array;
      return {
        root: replace({ ...node, children: null, wrap: 'none', content }),
        note: `content${where}#${op.how}(${content.length})`,
      };
    }
    case 'integer': {
      const content = op.which < INTEGERS.length ? Uint8Array.from(INTEGERS[op.which] as number[]) : op.bytes;
      return {
        root: replace({ id: Uint8Array.of(0x02), children: null, wrap: 'none', content }),
        note: `integer${where}#${op.which}`,
      };
    }
    case 'tag': {
      const id =
        op.multi === 0
          ? Uint8Array.from(MULTI_BYTE_TAGS[op.tag % MULTI_BYTE_TAGS.length] as number[])
          : Uint8Array.of(op.tag);
      return { root: replace({ ...node, id }), note: `tag${where}=${Buffer.from(id).toString('hex')}` };
    }
    case 'drop':
      return {
        root: editSiblings(root, path, (s, i) => [...s.slice(0, i), ...s.slice(i + 1)]),
        note: `drop${where}`,
      };
    case 'dup': {
      const times = Math.max(1, Math.min(op.times, Math.floor(LIMIT / Math.max(1, sizeOf(node)))));
      return {
        root: editSiblings(root, path, (s, i) => [
          ...s.slice(0, i + 1),
          ...new Array<Node>(times).fill(node),
          ...s.slice(i + 1),
        ]),
        note: `dup${where}x${times}`,
      };
    }
    case 'swap':
      return {
        root: editSiblings(root, path, (s, i) => {
          const j = op.other % s.length;
          const copy = [...s];
          copy[i] = s[j] as Node;
          copy[j] = node;
          return copy;
        }),
        note: `swap${where}`,
      };
    case 'wrap': {
      const wrap = op.tag === 0x04 ? 'octet' : 'none';
      let n = node;
      if (op.depth <= 3)
        for (let d = 0; d < op.depth; d++)
          n = { id: Uint8Array.of(op.tag), children: [n], content: new Uint8Array(0), wrap };
      else
        n = {
          id: Uint8Array.of(op.tag),
          children: null,
          wrap: 'none',
          content: nested(serialize(node), op.tag, op.depth - 1),
        };
      return { root: replace(n), note: `wrap${where}x${op.depth}(${op.tag.toString(16)})` };
    }
    case 'graft': {
      const other = pool[op.from % pool.length] as Seed;
      const tree = treeOf(other.der);
      if (!tree) return { root, note: 'graft:none' };
      const graft = nodeAt(tree.root, tree.paths[op.node % tree.paths.length] as Path);
      return { root: replace(graft), note: `graft${where}<${other.name}` };
    }
    case 'oid': {
      const content = op.which < OIDS.length ? Uint8Array.from(OIDS[op.which] as number[]) : op.bytes;
      return {
        root: replace({ id: Uint8Array.of(0x06), children: null, wrap: 'none', content }),
        note: `oid${where}#${op.which}`,
      };
    }
    case 'string': {
      const content = encodeText(op.text, op.tag, op.encoding);
      return {
        root: replace({ id: Uint8Array.of(op.tag), children: null, wrap: 'none', content }),
        note: `string${where}(${op.tag.toString(16)},${op.encoding},${content.length})`,
      };
    }
    case 'ber': {
      // Valid BER: this constructed element (and, with spread, every constructed one under it) in indefinite form.
      const indefinite = (n: Node, levels: number): Node =>
        n.children && ((n.id[0] as number) & 0x20) !== 0 && n.wrap === 'none'
          ? {
              ...n,
              indefinite: true,
              children: levels > 0 ? n.children.map((c) => indefinite(c, levels - 1)) : n.children,
            }
          : n;
      return { root: replace(indefinite(node, op.spread * 8)), note: `ber${where}/${op.spread}` };
    }
    case 'time': {
      const text = op.which < TIME_TEXTS.length ? (TIME_TEXTS[op.which] as string) : op.digits;
      const content = new Uint8Array(Buffer.from(text, 'latin1'));
      return {
        root: replace({
          id: Uint8Array.of(op.generalized ? 0x18 : 0x17),
          children: null,
          wrap: 'none',
          content,
        }),
        note: `time${where}=${JSON.stringify(text)}`,
      };
    }
  }
};

const pathCache = new WeakMap<Node[], Path[]>();
const pathsOf = (root: Node[]): Path[] => {
  const known = pathCache.get(root);
  if (known) return known;
  const paths: Path[] = [];
  const visit = (nodes: readonly Node[], prefix: Path) =>
    nodes.forEach((n, i) => {
      const path = [...prefix, i];
      paths.push(path);
      if (n.children && paths.length < 100_000) visit(n.children, path);
    });
  visit(root, []);
  pathCache.set(root, paths);
  return paths;
};

// ---------------------------------------------------------------- raw operations

type RawOp =
  | { k: 'flip'; at: number; bit: number }
  | { k: 'set'; at: number; value: number }
  | { k: 'insert'; at: number; bytes: Uint8Array }
  | { k: 'delete'; at: number; len: number }
  | { k: 'truncate'; at: number }
  | { k: 'length'; at: number; form: number; n: number }
  | { k: 'bomb'; at: number; form: number; count: number }
  | { k: 'repeat'; at: number; len: number; size: number }
  | { k: 'append'; bytes: Uint8Array };

const INTERESTING = [
  0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x0c, 0x13, 0x17, 0x18, 0x1f, 0x30, 0x31, 0x7f, 0x80, 0x81, 0x82,
  0x83, 0x84, 0x85, 0x88, 0x89, 0xa0, 0xa3, 0xfe, 0xff,
];

const rawOp: fc.Arbitrary<RawOp> = fc.oneof(
  { arbitrary: fc.record({ k: fc.constant('flip' as const), at, bit: fc.nat(7) }), weight: 5 },
  {
    arbitrary: fc.record({
      k: fc.constant('set' as const),
      at,
      value: fc.oneof(fc.constantFrom(...INTERESTING), fc.nat(255)),
    }),
    weight: 4,
  },
  {
    arbitrary: fc.record({
      k: fc.constant('insert' as const),
      at,
      bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }),
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record({ k: fc.constant('delete' as const), at, len: fc.integer({ min: 1, max: 32 }) }),
    weight: 3,
  },
  { arbitrary: fc.record({ k: fc.constant('truncate' as const), at }), weight: 3 },
  {
    arbitrary: fc.record({ k: fc.constant('length' as const), at, form: fc.nat(8), n: fc.nat() }),
    weight: 5,
  },
  {
    arbitrary: fc.record({
      k: fc.constant('bomb' as const),
      at,
      form: fc.nat(3),
      count: fc.constantFrom(2, 49, 1_000, 100_000, 1_000_000),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      k: fc.constant('repeat' as const),
      at,
      len: fc.integer({ min: 1, max: 4096 }),
      size: fc.constantFrom(65_536, 1 << 20, 4 << 20, MAX_FILE_BYTES - 1, MAX_FILE_BYTES + 1),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      k: fc.constant('append' as const),
      bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }),
    }),
    weight: 1,
  },
);

/** Every definite-length header of a buffer (lenient walk, first 20,000). */
const headersOf = (b: Uint8Array): Header[] => {
  const out: Header[] = [];
  const walk = (start: number, end: number, depth: number) => {
    let p = start;
    while (p < end && out.length < 20_000) {
      const h = header(b, p, end);
      if (!h) return;
      out.push(h);
      if (h.constructed && depth < 60) walk(h.lenEnd, h.end, depth + 1);
      p = h.end;
    }
  };
  walk(0, b.length, 0);
  return out;
};

const lengthForm = (form: number, len: number, n: number): Uint8Array => {
  switch (form) {
    case 0:
      return Uint8Array.of(0);
    case 1:
      return encodeLength(len + 1);
    case 2:
      return encodeLength(Math.max(0, len - 1));
    case 3:
      return Uint8Array.of(0x80);
    case 4:
      return Uint8Array.of(0x84, 0xff, 0xff, 0xff, 0xff);
    case 5:
      return Uint8Array.of(0x89, 1, 0, 0, 0, 0, 0, 0, 0, 0);
    case 6:
      return Uint8Array.of(0x83, (len >> 16) & 0xff, (len >> 8) & 0xff, len & 0xff);
    case 7:
      return Uint8Array.of(0xff);
    default:
      return encodeLength(n % 0x1000000);
  }
};

const BOMBS = [
  Uint8Array.of(0x30, 0x80),
  Uint8Array.of(0x24, 0x80),
  Uint8Array.of(0x30, 0x84, 0x7f, 0xff, 0xff, 0xff),
  Uint8Array.of(0xa0, 0x82, 0xff, 0xff),
];

const applyRawOp = (b: Uint8Array, op: RawOp): { bytes: Uint8Array; note: string } => {
  const pos = (n: number) => (b.length === 0 ? 0 : n % (b.length + 1));
  switch (op.k) {
    case 'flip': {
      if (b.length === 0) return { bytes: b, note: 'flip:none' };
      const i = op.at % b.length;
      const out = b.slice();
      out[i] = (out[i] as number) ^ (1 << op.bit);
      return { bytes: out, note: `flip@${i}.${op.bit}` };
    }
    case 'set': {
      if (b.length === 0) return { bytes: b, note: 'set:none' };
      const i = op.at % b.length;
      const out = b.slice();
      out[i] = op.value;
      return { bytes: out, note: `set@${i}=${op.value.toString(16)}` };
    }
    case 'insert': {
      const i = pos(op.at);
      return {
        bytes: concat([b.subarray(0, i), op.bytes, b.subarray(i)]),
        note: `insert@${i}+${op.bytes.length}`,
      };
    }
    case 'delete': {
      const i = pos(op.at);
      return { bytes: concat([b.subarray(0, i), b.subarray(i + op.len)]), note: `delete@${i}-${op.len}` };
    }
    case 'truncate': {
      const i = b.length === 0 ? 0 : op.at % b.length;
      return { bytes: b.slice(0, i), note: `truncate@${i}` };
    }
    case 'length': {
      const hs = headersOf(b);
      if (hs.length === 0) return { bytes: b, note: 'length:none' };
      const h = hs[op.at % hs.length] as Header;
      const len = h.end - h.lenEnd;
      const form = lengthForm(op.form, len, op.n);
      return {
        bytes: concat([b.subarray(0, h.lenAt), form, b.subarray(h.lenEnd)]),
        note: `length@${h.lenAt}#${op.form}(${len})`,
      };
    }
    case 'bomb': {
      const unit = BOMBS[op.form % BOMBS.length] as Uint8Array;
      const count = Math.min(op.count, Math.floor(LIMIT / unit.length));
      const bomb = new Uint8Array(unit.length * count);
      for (let i = 0; i < count; i++) bomb.set(unit, i * unit.length);
      const i = pos(op.at);
      return {
        bytes: concat([b.subarray(0, i), bomb, b.subarray(i)]),
        note: `bomb@${i}#${op.form}x${count}`,
      };
    }
    case 'repeat': {
      if (b.length === 0) return { bytes: b, note: 'repeat:none' };
      const i = op.at % b.length;
      const slice = b.subarray(i, Math.min(b.length, i + op.len));
      const times = Math.max(1, Math.floor((op.size - b.length) / slice.length));
      const rep = new Uint8Array(slice.length * times);
      for (let t = 0; t < times; t++) rep.set(slice, t * slice.length);
      return {
        bytes: concat([b.subarray(0, i), rep, b.subarray(i)]),
        note: `repeat@${i}(${slice.length})x${times}`,
      };
    }
    case 'append':
      return { bytes: concat([b, op.bytes]), note: `append+${op.bytes.length}` };
  }
};

// ---------------------------------------------------------------- arbitraries

export type DerMutation = { readonly tree: readonly TreeOp[]; readonly raw: readonly RawOp[] };

export const derMutation: fc.Arbitrary<DerMutation> = fc.oneof(
  {
    arbitrary: fc.record({ tree: fc.array(treeOp, { minLength: 1, maxLength: 3 }), raw: fc.constant([]) }),
    weight: 5,
  },
  {
    arbitrary: fc.record({ tree: fc.constant([]), raw: fc.array(rawOp, { minLength: 1, maxLength: 3 }) }),
    weight: 4,
  },
  {
    arbitrary: fc.record({
      tree: fc.array(treeOp, { minLength: 1, maxLength: 2 }),
      raw: fc.array(rawOp, { minLength: 1, maxLength: 2 }),
    }),
    weight: 2,
  },
  { arbitrary: fc.constant({ tree: [], raw: [] }), weight: 1 },
);

/** `der` mutated; `pool` is where grafts come from. */
export const mutateDer = (
  der: Uint8Array,
  m: DerMutation,
  pool: readonly Seed[],
): { bytes: Uint8Array; note: string } => {
  const notes: string[] = [];
  let bytes = der;
  const tree = m.tree.length > 0 ? treeOf(der) : null;
  if (tree) {
    let root = tree.root as Node[];
    for (const op of m.tree) {
      const r = applyTreeOp(root, op, pool);
      root = r.root;
      notes.push(r.note);
    }
    bytes = concat(root.map(serialize));
  }
  for (const op of m.raw) {
    const r = applyRawOp(bytes, op);
    bytes = r.bytes;
    notes.push(r.note);
  }
  // Several large operations together stay within the cap (and just past it: the refusal is tested too).
  if (bytes.length > LIMIT) {
    bytes = bytes.subarray(0, LIMIT);
    notes.push(`capped@${LIMIT}`);
  }
  return { bytes, note: notes.join(' ') || 'unchanged' };
};

/** A seed of `seeds`, mutated; its password kept (or, sometimes, a wrong or hostile one). */
export const derMutant = (
  seeds: readonly Seed[],
  options: { pool?: readonly Seed[]; file?: boolean } = {},
): fc.Arbitrary<Sample> => {
  warmTrees(seeds, options.file === true);
  warmTrees(options.pool ?? [], false);
  return fc.record({ index: fc.nat(), mutation: derMutation }).map(({ index, mutation }) => {
    const s = seeds[index % seeds.length] as Seed;
    const { bytes, note } = mutateDer(options.file ? s.file : s.der, mutation, options.pool ?? seeds);
    return {
      bytes,
      label: `${s.name} ${note}`,
      ...(s.password === undefined ? {} : { password: s.password }),
    };
  });
};

/**
 * Parses the seeds' trees now, while the arbitrary is made: the fuzzer's own memo then sits
 * in the heap before a property's baseline is taken, not inside its measured growth.
 */
export const warmTrees = (seeds: readonly Seed[], file: boolean): void => {
  for (const s of seeds) {
    const der = file ? s.file : s.der;
    if (!trees.has(der)) trees.set(der, parseTree(der));
  }
};

/** Random bytes, sometimes behind a SEQUENCE header so they get past the first check. */
export const randomBytes: fc.Arbitrary<Sample> = fc
  .tuple(
    fc.uint8Array({ maxLength: 4096 }),
    fc.constantFrom(null, [0x30], [0x30, 0x80], [0x30, 0x82, 0x10, 0x00], [0x30, 0x84]),
  )
  .map(([bytes, prefix]) => {
    const out = prefix ? concat([Uint8Array.from(prefix), bytes]) : bytes;
    return { bytes: out, label: `random(${out.length}) ${Buffer.from(out.subarray(0, 24)).toString('hex')}` };
  });

export const describeSample = (s: Sample): string => `${s.label} [${s.bytes.length} bytes]`;

/** One DER element (definite length). */
export const tlv = (id: number, ...body: Uint8Array[]): Uint8Array => {
  const inner = concat(body);
  return concat([Uint8Array.of(id), encodeLength(inner.length), inner]);
};

/** `der` with the element at `path` (indexes from the top, pre-order) replaced by `element`; null when there is none. */
export const replaceAt = (
  der: Uint8Array,
  path: readonly number[],
  element: Uint8Array,
): Uint8Array | null => {
  const tree = treeOf(der);
  const replacement = parseRun(element, 0, element.length, 0, { nodes: 200_000 });
  if (!tree || !replacement || !tree.paths.some((p) => p.join('.') === path.join('.'))) return null;
  const root = editSiblings(tree.root, path, (s, i) => [...s.slice(0, i), ...replacement, ...s.slice(i + 1)]);
  return concat(root.map(serialize));
};
