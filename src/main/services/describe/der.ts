/**
 * A small, strict DER reader. We read certificates ourselves instead of through a
 * schema library so that every byte is checked the same way, a malformed part can be
 * reported without losing the rest, and hostile input cannot recurse or allocate
 * without bound. Errors are thrown as `DerError` inside this module family and turned
 * into values (`ReadError`, `ExtensionView.error`) at the public edges.
 */

export class DerError extends Error {
  /** True when the input ended before a length said it would: the file was cut. */
  readonly truncated: boolean;
  constructor(message: string, truncated = false) {
    super(message);
    this.name = 'DerError';
    this.truncated = truncated;
  }
}

export const TagClass = { universal: 0, application: 1, context: 2, private: 3 } as const;

/** Universal tag numbers we test against. */
export const Univ = {
  boolean: 1,
  integer: 2,
  bitString: 3,
  octetString: 4,
  null: 5,
  oid: 6,
  enumerated: 10,
  utf8String: 12,
  sequence: 16,
  set: 17,
  numericString: 18,
  printableString: 19,
  teletexString: 20,
  videotexString: 21,
  ia5String: 22,
  utcTime: 23,
  generalizedTime: 24,
  graphicString: 25,
  visibleString: 26,
  generalString: 27,
  universalString: 28,
  bmpString: 30,
} as const;

export type Tlv = {
  readonly tagClass: number;
  readonly constructed: boolean;
  readonly tagNumber: number;
  /** Offset of the first identifier byte in `buf`. */
  readonly start: number;
  readonly valueStart: number;
  /** Offset just past the value. */
  readonly end: number;
  readonly buf: Uint8Array;
};

/** Nesting limit for recursive walks: real PKI objects stay under 15 levels. */
export const MAX_DEPTH = 48;

/** Reads one TLV at `offset`; its value must end at or before `limit`. */
export const readTlv = (buf: Uint8Array, offset: number, limit: number): Tlv => {
  let p = offset;
  const byteAt = (what: string): number => {
    if (p >= limit) throw new DerError(`unexpected end of data in ${what}`, limit >= buf.length);
    return buf[p++] as number;
  };
  const first = byteAt('tag');
  const tagClass = first >> 6;
  const constructed = (first & 0x20) !== 0;
  let tagNumber = first & 0x1f;
  if (tagNumber === 0x1f) {
    tagNumber = 0;
    let b = byteAt('tag');
    if (b === 0x80) throw new DerError('non-minimal tag encoding');
    for (let n = 0; ; n++) {
      if (n >= 4) throw new DerError('tag number too large');
      tagNumber = tagNumber * 128 + (b & 0x7f);
      if ((b & 0x80) === 0) break;
      b = byteAt('tag');
    }
    // DER (X.690 8.1.2.4) keeps the long form for tag numbers of 31 and more.
    if (tagNumber < 31) throw new DerError(`long-form encoding of small tag number ${tagNumber}`);
  }
  const lengthByte = byteAt('length');
  let length: number;
  if (lengthByte < 0x80) {
    length = lengthByte;
  } else if (lengthByte === 0x80) {
    throw new DerError('indefinite length (BER) is not allowed in DER');
  } else {
    const count = lengthByte & 0x7f;
    if (count > 4) throw new DerError('length field too large');
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + byteAt('length');
  }
  const valueStart = p;
  const end = valueStart + length;
  if (end > limit) {
    const cut = limit >= buf.length;
    throw new DerError(
      cut ? 'data ends before the declared length' : 'length overruns the enclosing value',
      cut,
    );
  }
  return { tagClass, constructed, tagNumber, start: offset, valueStart, end, buf };
};

/** Parses `bytes` as exactly one TLV (trailing bytes are an error). */
export const parseDer = (bytes: Uint8Array, what = 'value'): Tlv => {
  const tlv = readTlv(bytes, 0, bytes.length);
  if (tlv.end !== bytes.length)
    throw new DerError(`${bytes.length - tlv.end} unexpected byte(s) after the ${what}`);
  return tlv;
};

export const contents = (t: Tlv): Uint8Array => t.buf.subarray(t.valueStart, t.end);
export const encoded = (t: Tlv): Uint8Array => t.buf.subarray(t.start, t.end);

export const isUniversal = (t: Tlv, n: number): boolean =>
  t.tagClass === TagClass.universal && t.tagNumber === n;
export const isContext = (t: Tlv, n: number): boolean => t.tagClass === TagClass.context && t.tagNumber === n;

export const describeTag = (t: Tlv): string => {
  const cls = ['UNIVERSAL', 'APPLICATION', 'CONTEXT', 'PRIVATE'][t.tagClass] ?? '?';
  return `[${cls} ${t.tagNumber}]`;
};

/** The TLVs directly inside a constructed value. */
export const childrenOf = (t: Tlv): Tlv[] => {
  if (!t.constructed) throw new DerError(`${describeTag(t)} should be constructed`);
  const out: Tlv[] = [];
  let p = t.valueStart;
  while (p < t.end) {
    const c = readTlv(t.buf, p, t.end);
    out.push(c);
    p = c.end;
  }
  return out;
};

/** Checks that a whole subtree is well-formed DER framing (used for ANY values). */
export const walk = (t: Tlv, depth = 0): void => {
  if (depth > MAX_DEPTH) throw new DerError('nesting too deep');
  if (t.constructed) for (const c of childrenOf(t)) walk(c, depth + 1);
};

/** Sequential reader over the children of a SEQUENCE, for schema-shaped decoding. */
export class Cursor {
  private readonly items: Tlv[];
  private readonly what: string;
  private index = 0;
  constructor(parent: Tlv, what: string) {
    this.items = childrenOf(parent);
    this.what = what;
  }
  static of(t: Tlv, universalTag: number, what: string): Cursor {
    if (!isUniversal(t, universalTag))
      throw new DerError(`${what}: expected ${universalName(universalTag)}, found ${describeTag(t)}`);
    return new Cursor(t, what);
  }
  peek(): Tlv | undefined {
    return this.items[this.index];
  }
  /** The next child; it must exist (and have the given universal tag when given). */
  next(field: string, universalTag?: number): Tlv {
    const t = this.items[this.index];
    if (!t) throw new DerError(`${this.what}: missing ${field}`);
    if (universalTag !== undefined && !isUniversal(t, universalTag)) {
      throw new DerError(
        `${this.what}: ${field} should be ${universalName(universalTag)}, found ${describeTag(t)}`,
      );
    }
    this.index++;
    return t;
  }
  /** The next child if it is context tag [n]. */
  optionalContext(n: number): Tlv | undefined {
    const t = this.items[this.index];
    if (t && isContext(t, n)) {
      this.index++;
      return t;
    }
    return undefined;
  }
  optionalUniversal(n: number): Tlv | undefined {
    const t = this.items[this.index];
    if (t && isUniversal(t, n)) {
      this.index++;
      return t;
    }
    return undefined;
  }
  remaining(): number {
    return this.items.length - this.index;
  }
  end(): void {
    const t = this.items[this.index];
    if (t) throw new DerError(`${this.what}: unexpected ${describeTag(t)} after the last field`);
  }
}

const UNIVERSAL_NAMES: Record<number, string> = {
  1: 'BOOLEAN',
  2: 'INTEGER',
  3: 'BIT STRING',
  4: 'OCTET STRING',
  5: 'NULL',
  6: 'OBJECT IDENTIFIER',
  10: 'ENUMERATED',
  12: 'UTF8String',
  16: 'SEQUENCE',
  17: 'SET',
  18: 'NumericString',
  19: 'PrintableString',
  20: 'TeletexString',
  22: 'IA5String',
  23: 'UTCTime',
  24: 'GeneralizedTime',
  26: 'VisibleString',
  28: 'UniversalString',
  30: 'BMPString',
};

export const universalName = (n: number): string => UNIVERSAL_NAMES[n] ?? `UNIVERSAL ${n}`;
