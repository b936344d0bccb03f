import { TagClass } from './tags.js';

/**
 * The one ASN.1 element reader of the project. Every byte comes from untrusted files, so it
 * checks each length against its container, never allocates more than the input and (in BER
 * mode) bounds nesting depth. Two rule sets share this code:
 * - DER (default): what describe/ and the IGC-Santé extension decoders read. Indefinite
 *   lengths and non-minimal tags are errors.
 * - BER (`ber: true`): what the file reader meets on disk (Apple/Windows PKCS#7 and PKCS#12).
 *   Indefinite lengths and long-form low tags are accepted (and flagged) so the reader can
 *   normalise them; nesting deeper than MAX_DEPTH is refused while reading.
 * Failures are thrown as `DerError`; each service turns them into its own error values.
 */

/** What went wrong, for callers that word errors themselves (the reader's ReadError). */
export type DerProblem =
  | 'overrun'
  | 'tag-too-large'
  | 'length-too-large'
  | 'indefinite-primitive'
  | 'too-deep'
  | 'not-constructed'
  | 'invalid';

export class DerError extends Error {
  /** True when the input ended before a length said it would: the file was cut. */
  readonly truncated: boolean;
  readonly problem: DerProblem;
  constructor(message: string, truncated = false, problem: DerProblem = 'invalid') {
    super(message);
    this.name = 'DerError';
    this.truncated = truncated;
    this.problem = problem;
  }
}

/** Nesting limit: real PKI objects (certificates, CRLs, PKCS#12) stay under 15 levels. */
export const MAX_DEPTH = 48;

const CONSTRUCTED = 1;
const LONG_FORM_TAG = 2;
const INDEFINITE = 4;
const BER = 8;
const CLASS_SHIFT = 4;

/**
 * One element. Offsets index `buf` (the whole input), so reading allocates no views: a
 * 100,000-entry CRL makes ~500,000 of these. `contents` and `encoded` cut views on demand.
 * A class with the one-bit facts packed in `bits`: each element costs eight fields, not
 * twelve, and a certificate read by every consumer makes a few hundred of them.
 */
export class Tlv {
  constructor(
    readonly buf: Uint8Array,
    /** Offset of the first identifier byte in `buf`. */
    readonly start: number,
    readonly valueStart: number,
    /** Offset just past the contents (before the end-of-contents marker when indefinite). */
    readonly valueEnd: number,
    readonly tagNumber: number,
    /** Nesting level below the element the parse started from. */
    readonly depth: number,
    private readonly bits: number,
  ) {}

  get tagClass(): number {
    return this.bits >> CLASS_SHIFT;
  }
  get constructed(): boolean {
    return (this.bits & CONSTRUCTED) !== 0;
  }
  /** The identifier used the multi-byte form (DER allows it only for tag numbers >= 31). */
  get longFormTag(): boolean {
    return (this.bits & LONG_FORM_TAG) !== 0;
  }
  /** BER indefinite length: the contents end with an end-of-contents marker (00 00). */
  get indefinite(): boolean {
    return (this.bits & INDEFINITE) !== 0;
  }
  /** Read under BER rules; children are read under the same rules. */
  get ber(): boolean {
    return (this.bits & BER) !== 0;
  }
  /** Offset just past the whole element. */
  get end(): number {
    return this.indefinite ? this.valueEnd + 2 : this.valueEnd;
  }

  /** The same element read as another tag (an IMPLICIT field decoded as its universal type). */
  retagged(tagClass: number, tagNumber: number): Tlv {
    const bits = (this.bits & ~(3 << CLASS_SHIFT)) | (tagClass << CLASS_SHIFT);
    return new Tlv(this.buf, this.start, this.valueStart, this.valueEnd, tagNumber, this.depth, bits);
  }

  /** The element with its contents cut at `valueEnd` (a capped prefix of a long string). */
  cutAt(valueEnd: number): Tlv {
    return new Tlv(this.buf, this.start, this.valueStart, valueEnd, this.tagNumber, this.depth, this.bits);
  }
}

const endOfData = (what: string, cut: boolean): DerError =>
  new DerError(`unexpected end of data in ${what}`, cut, 'overrun');

/**
 * Reads one element at `offset`; it must end at or before `limit`. An overrun is `truncated`
 * when `limit` is the end of `buf` (the data was cut), malformed when it is the end of an
 * enclosing element. Hot path: no closures, no temporary views.
 */
export const readTlv = (buf: Uint8Array, offset: number, limit: number, depth = 0, ber = false): Tlv => {
  if (ber && depth > MAX_DEPTH) throw new DerError('nesting too deep', false, 'too-deep');
  const cut = limit >= buf.length;
  let p = offset;
  if (p >= limit) throw endOfData('tag', cut);
  const first = buf[p++] as number;
  let tagNumber = first & 0x1f;
  const longFormTag = tagNumber === 0x1f;
  if (longFormTag) {
    tagNumber = 0;
    for (let n = 0; ; n++) {
      if (p >= limit) throw endOfData('tag', cut);
      const b = buf[p++] as number;
      if (n === 0 && b === 0x80 && !ber) throw new DerError('non-minimal tag encoding');
      // Four base-128 digits cover every tag in use; more is garbage, not a tag.
      if (n >= 4) throw new DerError('tag number too large', false, 'tag-too-large');
      tagNumber = tagNumber * 128 + (b & 0x7f);
      if ((b & 0x80) === 0) break;
    }
    // DER (X.690 8.1.2.4) keeps the long form for tag numbers of 31 and more.
    if (!ber && tagNumber < 31) throw new DerError(`long-form encoding of small tag number ${tagNumber}`);
  }
  if (p >= limit) throw endOfData('length', cut);
  const lengthByte = buf[p++] as number;
  let length = -1; // -1: indefinite
  if (lengthByte < 0x80) {
    length = lengthByte;
  } else if (lengthByte === 0x80) {
    if (!ber) throw new DerError('indefinite length (BER) is not allowed in DER');
  } else {
    const count = lengthByte & 0x7f;
    // 4 octets already allow 4 GiB, far past MAX_FILE_BYTES: longer is hostile or corrupt.
    if (count > 4) throw new DerError('length field too large', false, 'length-too-large');
    if (p + count > limit) throw endOfData('length', cut);
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + (buf[p++] as number);
  }
  const tagClass = first >> 6;
  const constructed = (first & 0x20) !== 0;
  const flags = (longFormTag ? LONG_FORM_TAG : 0) | (ber ? BER : 0);
  const valueStart = p;
  if (length >= 0) {
    const end = valueStart + length;
    if (end > limit) {
      const message = cut ? 'data ends before the declared length' : 'length overruns the enclosing value';
      throw new DerError(message, cut, 'overrun');
    }
    const bits = (tagClass << CLASS_SHIFT) | (constructed ? CONSTRUCTED : 0) | flags;
    return new Tlv(buf, offset, valueStart, end, tagNumber, depth, bits);
  }
  if (!constructed)
    throw new DerError('a primitive value uses an indefinite length', false, 'indefinite-primitive');
  // Indefinite length (BER only): the contents run until an end-of-contents marker (00 00).
  let cursor = valueStart;
  for (;;) {
    if (cursor + 2 > limit) throw endOfData('indefinite-length contents', cut);
    if (buf[cursor] === 0 && buf[cursor + 1] === 0) break;
    cursor = readTlv(buf, cursor, limit, depth + 1, true).end;
  }
  const bits = (tagClass << CLASS_SHIFT) | CONSTRUCTED | INDEFINITE | flags;
  return new Tlv(buf, offset, valueStart, cursor, tagNumber, depth, bits);
};

/** Reads one element from the start of `bytes`; anything after it comes back as `rest`. */
export const parseTlv = (bytes: Uint8Array, ber = false): { tlv: Tlv; rest: Uint8Array } => {
  const tlv = readTlv(bytes, 0, bytes.length, 0, ber);
  return { tlv, rest: bytes.subarray(tlv.end) };
};

/** Parses `bytes` as exactly one DER element (trailing bytes are an error). */
export const parseDer = (bytes: Uint8Array, what = 'value'): Tlv => {
  const tlv = readTlv(bytes, 0, bytes.length);
  if (tlv.end !== bytes.length)
    throw new DerError(`${bytes.length - tlv.end} unexpected byte(s) after the ${what}`);
  return tlv;
};

/** Contents octets (a view into the input). */
export const contents = (t: Tlv): Uint8Array => t.buf.subarray(t.valueStart, t.valueEnd);
/** Identifier, length and contents (a view into the input). */
export const encoded = (t: Tlv): Uint8Array => t.buf.subarray(t.start, t.end);

export const isUniversal = (t: Tlv | undefined, n: number): t is Tlv =>
  t !== undefined && t.tagClass === TagClass.universal && t.tagNumber === n;
export const isContext = (t: Tlv | undefined, n: number): t is Tlv =>
  t !== undefined && t.tagClass === TagClass.context && t.tagNumber === n;

export const describeTag = (t: Tlv): string => {
  const cls = ['UNIVERSAL', 'APPLICATION', 'CONTEXT', 'PRIVATE'][t.tagClass] ?? '?';
  return `[${cls} ${t.tagNumber}]`;
};

/**
 * Children are gathered in this scratch list and copied out at their exact count: an array
 * grown by push starts with room for 17, and a certificate's walks make a few hundred small
 * child lists. readTlv never calls childrenOf, so one list serves every call.
 */
const scratch: (Tlv | null)[] = [];

/** The elements directly inside a constructed one, read under the parent's rules. */
export const childrenOf = (t: Tlv): Tlv[] => {
  if (!t.constructed) throw new DerError(`${describeTag(t)} should be constructed`, false, 'not-constructed');
  let n = 0;
  try {
    let p = t.valueStart;
    while (p < t.valueEnd) {
      const c = readTlv(t.buf, p, t.valueEnd, t.depth + 1, t.ber);
      scratch[n++] = c;
      p = c.end;
    }
    return scratch.slice(0, n) as Tlv[];
  } finally {
    // The scratch list must not keep a file's buffer alive after the call.
    for (let i = 0; i < n; i++) scratch[i] = null;
  }
};

/** Checks that a whole subtree is well-formed framing (used for ANY values). */
export const walk = (t: Tlv, depth = 0): void => {
  if (depth > MAX_DEPTH) throw new DerError('nesting too deep', false, 'too-deep');
  if (t.constructed) for (const c of childrenOf(t)) walk(c, depth + 1);
};
