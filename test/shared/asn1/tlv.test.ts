import {
  childrenOf,
  contents,
  DerError,
  encoded,
  MAX_DEPTH,
  parseDer,
  parseTlv,
  readTlv,
  walk,
} from '../../../src/shared/asn1/tlv.js';
import { bytes, seq, tlv } from '../../main/pki/describe/helpers/der-builder.js';

const derError = (f: () => unknown): DerError => {
  try {
    f();
  } catch (e) {
    if (e instanceof DerError) return e;
    throw e;
  }
  throw new Error('expected a DerError');
};

const hex = (s: string): Uint8Array => new Uint8Array(Buffer.from(s.replace(/\s+/g, ''), 'hex'));
const ber = (b: Uint8Array) => parseTlv(b, true);

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

describe('readTlv (DER rules)', () => {
  it('reads short and long lengths', () => {
    const long = tlv(0x04, new Uint8Array(300));
    const t = parseDer(long);
    expect(t.tagNumber).toBe(4);
    expect(t.end - t.valueStart).toBe(300);
    expect(t.valueStart).toBe(4); // 04 82 01 2C
  });

  it('reports a cut value as truncated', () => {
    const e = derError(() => parseDer(bytes(0x30, 0x05, 0x02, 0x01)));
    expect(e.truncated).toBe(true);
  });

  it('reports a child overrunning its parent as malformed, not truncated', () => {
    const e = derError(() => childrenOf(parseDer(bytes(0x30, 0x03, 0x04, 0x05, 0x00, 0x00, 0x00, 0x00))));
    expect(e.truncated).toBe(false);
    // Within a buffer that goes on, an overrun of the parent is not a cut file.
    const inner = derError(() => childrenOf(parseTlv(bytes(0x30, 0x03, 0x04, 0x05, 0x00, 0x00, 0x00)).tlv));
    expect(inner.truncated).toBe(false);
    expect(inner.problem).toBe('overrun');
  });

  it('refuses indefinite lengths (BER)', () => {
    expect(derError(() => parseDer(bytes(0x30, 0x80, 0x00, 0x00))).message).toMatch(/indefinite/);
  });

  it('refuses long-form encoding of small tag numbers', () => {
    expect(derError(() => readTlv(bytes(0x1f, 0x0c, 0x00), 0, 3)).message).toMatch(/long-form/);
    expect(derError(() => readTlv(bytes(0x1f, 0x80, 0x20, 0x00), 0, 4)).message).toMatch(/non-minimal/);
  });

  it('accepts long-form tags for numbers of 31 and more', () => {
    const t = readTlv(bytes(0x7f, 0x20, 0x00), 0, 3);
    expect(t.tagClass).toBe(1);
    expect(t.tagNumber).toBe(32);
    expect(t.longFormTag).toBe(true);
  });

  it('refuses trailing bytes after the single value', () => {
    expect(derError(() => parseDer(bytes(0x05, 0x00, 0x00))).message).toMatch(/unexpected byte/);
  });

  it('refuses absurd length fields', () => {
    expect(derError(() => parseDer(bytes(0x04, 0x85, 1, 1, 1, 1, 1))).message).toMatch(/too large/);
  });

  it('limits nesting depth in walks', () => {
    let v = bytes(0x05, 0x00);
    for (let i = 0; i < 200; i++) v = seq(v);
    expect(derError(() => walk(parseDer(v))).message).toMatch(/too deep/);
  });

  it('gives contents and encoding as views, without copies', () => {
    const input = hex('30 06 02 01 05 04 01 AA');
    const t = parseDer(input);
    expect(encoded(t)).toEqual(input);
    expect(encoded(t).buffer).toBe(input.buffer);
    expect(childrenOf(t).map(contents)).toEqual([hex('05'), hex('AA')]);
  });

  it('packs class and flags without mixing them, and re-reads an element as another tag', () => {
    // [1] IMPLICIT, constructed, then a long-form context tag [31].
    const implicit = parseDer(hex('A1 03 02 01 07'));
    expect([implicit.tagClass, implicit.tagNumber, implicit.constructed]).toEqual([2, 1, true]);
    expect([implicit.longFormTag, implicit.indefinite, implicit.ber, implicit.end]).toEqual([
      false,
      false,
      false,
      5,
    ]);
    const asSet = implicit.retagged(0, 17);
    expect([asSet.tagClass, asSet.tagNumber, asSet.constructed]).toEqual([0, 17, true]);
    expect(childrenOf(asSet).map(contents)).toEqual([hex('07')]);
    const long = parseDer(hex('9F 1F 01 00'));
    expect([long.tagClass, long.tagNumber, long.longFormTag, long.constructed]).toEqual([2, 31, true, false]);
    const cut = parseDer(hex('04 03 01 02 03')).cutAt(3);
    expect(contents(cut)).toEqual(hex('01'));
  });

  it('returns a fresh child list on every call', () => {
    const t = parseDer(hex('30 06 02 01 05 04 01 AA'));
    const first = childrenOf(t);
    const second = childrenOf(t);
    expect(first).not.toBe(second);
    expect(first).toHaveLength(2);
    expect(childrenOf(parseDer(hex('30 00')))).toEqual([]);
    expect(first.map((c) => c.tagNumber)).toEqual([2, 4]);
  });
});

describe('readTlv (BER rules)', () => {
  it('reads definite lengths, short and long form, and returns the rest', () => {
    const { tlv: node, rest } = ber(hex('30 06 02 01 05 04 01 AA FF'));
    expect(node.tagNumber).toBe(16);
    expect(node.constructed).toBe(true);
    expect(rest).toEqual(hex('FF'));
    expect(childrenOf(node).map((c) => c.tagNumber)).toEqual([2, 4]);
    expect(contents(ber(hex('04 81 03 01 02 03')).tlv)).toEqual(hex('01 02 03'));
  });

  it('reads indefinite lengths up to the end-of-contents marker', () => {
    const { tlv: node, rest } = ber(hex('30 80 02 01 01 30 80 05 00 00 00 00 00 77'));
    expect(node.indefinite).toBe(true);
    expect(contents(node)).toEqual(hex('02 01 01 30 80 05 00 00 00'));
    expect(encoded(node)).toEqual(hex('30 80 02 01 01 30 80 05 00 00 00 00 00'));
    expect(rest).toEqual(hex('77'));
    expect(childrenOf(node)).toHaveLength(2);
  });

  it('reports a cut element as truncated and an overrun inside a parent as malformed', () => {
    expect(derError(() => ber(hex('30 10 02 01 01'))).truncated).toBe(true);
    expect(derError(() => ber(hex('30 80 02 01 01'))).truncated).toBe(true);
    const child = derError(() => childrenOf(ber(hex('30 03 02 05 01')).tlv));
    expect(child.problem).toBe('overrun');
  });

  it('refuses impossible lengths without allocating', () => {
    expect(derError(() => ber(hex('30 89 FF FF FF FF FF FF FF FF FF'))).problem).toBe('length-too-large');
    const cut = derError(() => ber(hex('30 84 7F FF FF FF 00')));
    expect([cut.problem, cut.truncated]).toEqual(['overrun', true]);
    expect(derError(() => ber(hex('04 80 00 00'))).problem).toBe('indefinite-primitive');
    expect(derError(() => ber(hex('1F 81 81 81 81 01 00'))).problem).toBe('tag-too-large');
  });

  it('bounds nesting depth, definite and indefinite', () => {
    const ok = nested(MAX_DEPTH - 1, true);
    expect(() => readTlv(ok, 0, ok.length, 0, true)).not.toThrow();
    expect(derError(() => ber(nested(300, true))).problem).toBe('too-deep');
    let node = ber(nested(200, false)).tlv;
    const descend = () => {
      for (;;) node = childrenOf(node)[0] ?? node;
    };
    expect(derError(descend).problem).toBe('too-deep');
  });

  it('accepts and marks multi-octet tags, even for small numbers', () => {
    const node = ber(hex('7F 20 00')).tlv;
    expect(node.longFormTag).toBe(true);
    expect(node.tagNumber).toBe(32);
    expect(node.tagClass).toBe(1);
    expect(ber(hex('1F 0C 00')).tlv.tagNumber).toBe(12);
  });
});
