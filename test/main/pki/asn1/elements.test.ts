import { contents, MAX_DEPTH } from '../../../../src/shared/asn1/tlv.js';
import { childrenOf, decodeOid, parseNode, readUnsigned } from '../../../../src/main/pki/asn1/elements.js';
import { ReaderFailure } from '../../../../src/main/pki/reader/read-error.js';

const hex = (s: string): Uint8Array => new Uint8Array(Buffer.from(s.replace(/\s+/g, ''), 'hex'));

const failureCode = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    if (e instanceof ReaderFailure) return e.error.code;
    throw e;
  }
  return 'no failure';
};

/** `depth` SEQUENCEs, each holding the next; lengths in long form so any depth fits. */
const nested = (depth: number, indefinite: boolean): Uint8Array => {
  let inner = hex('0500');
  for (let i = 0; i < depth; i++) {
    inner = indefinite
      ? Uint8Array.from([0x30, 0x80, ...inner, 0, 0])
      : Uint8Array.from([
          0x30,
          0x84,
          ...Buffer.alloc(4)
            .fill(0)
            .map((_, k) => (inner.length >>> (24 - 8 * k)) & 0xff),
          ...inner,
        ]);
  }
  return inner;
};

/** The reader's wording of the shared toolkit's failures: ReadError codes, not DerError. */
describe('reader elements (BER rules, ReadError codes)', () => {
  it('reads definite lengths, short and long form', () => {
    const { node, rest } = parseNode(hex('30 06 02 01 05 04 01 AA FF'));
    expect(node.tagNumber).toBe(16);
    expect(node.constructed).toBe(true);
    expect(rest).toEqual(hex('FF'));
    expect(childrenOf(node).map((c) => c.tagNumber)).toEqual([2, 4]);
    const long = parseNode(hex('04 81 03 01 02 03')).node;
    expect(contents(long)).toEqual(hex('01 02 03'));
  });

  it('reads indefinite lengths up to the end-of-contents marker', () => {
    const { node, rest } = parseNode(hex('30 80 02 01 01 30 80 05 00 00 00 00 00 77'));
    expect(node.indefinite).toBe(true);
    expect(contents(node)).toEqual(hex('02 01 01 30 80 05 00 00 00'));
    expect(rest).toEqual(hex('77'));
    expect(childrenOf(node)).toHaveLength(2);
  });

  it('reports a cut element as truncated and an overrun inside a parent as malformed', () => {
    expect(failureCode(() => parseNode(hex('30 10 02 01 01')))).toBe('truncated');
    expect(failureCode(() => parseNode(hex('30 80 02 01 01')))).toBe('truncated');
    expect(failureCode(() => childrenOf(parseNode(hex('30 03 02 05 01')).node))).toBe('malformed');
  });

  it('refuses impossible lengths without allocating', () => {
    expect(failureCode(() => parseNode(hex('30 89 FF FF FF FF FF FF FF FF FF')))).toBe('malformed');
    expect(failureCode(() => parseNode(hex('30 84 7F FF FF FF 00')))).toBe('truncated');
    expect(failureCode(() => parseNode(hex('04 80 00 00')))).toBe('malformed'); // primitive + indefinite
    expect(failureCode(() => parseNode(hex('1F 81 81 81 81 01 00')))).toBe('malformed'); // tag too large
  });

  it('bounds nesting depth, definite and indefinite', () => {
    expect(() => parseNode(nested(MAX_DEPTH - 1, true))).not.toThrow();
    expect(failureCode(() => parseNode(nested(300, true)))).toBe('malformed');
    const deep = nested(200, false);
    let node = parseNode(deep).node;
    const walk = () => {
      for (;;) node = childrenOf(node)[0] ?? node;
    };
    expect(failureCode(walk)).toBe('malformed');
  });

  it('marks multi-octet tags', () => {
    const node = parseNode(hex('7F 20 00')).node;
    expect(node.longFormTag).toBe(true);
    expect(node.tagNumber).toBe(32);
    expect(node.tagClass).toBe(1);
  });
});

describe('ASN.1 values', () => {
  it('decodes OIDs, including arcs past 2^53', () => {
    expect(decodeOid(hex('2A 86 48 86 F7 0D 01 0C 0A 01 03'))).toBe('1.2.840.113549.1.12.10.1.3');
    expect(decodeOid(hex('88 37 01'))).toBe('2.999.1');
    expect(decodeOid(hex('2A 81 80 80 80 80 80 80 80 80 01'))).toBe('1.2.9223372036854775809');
    // Non-minimal arcs are let through (the reader checks that files are whole, not strict DER).
    expect(decodeOid(hex('2A 80 01'))).toBe('1.2.1');
    expect(failureCode(() => decodeOid(hex('2A 86')))).toBe('malformed');
    expect(failureCode(() => decodeOid(new Uint8Array(0)))).toBe('malformed');
    expect(failureCode(() => decodeOid(new Uint8Array(257).fill(1)))).toBe('malformed');
  });

  it('reads unsigned integers, clamping huge ones and refusing negatives', () => {
    expect(readUnsigned(parseNode(hex('02 02 08 00')).node, 'n')).toBe(2048);
    expect(readUnsigned(parseNode(hex('02 09 01 00 00 00 00 00 00 00 00')).node, 'n')).toBe(
      Number.MAX_SAFE_INTEGER,
    );
    expect(failureCode(() => readUnsigned(parseNode(hex('02 01 FF')).node, 'n'))).toBe('malformed');
  });
});
