import { childrenOf, DerError, parseDer, readTlv, walk } from '../../../../src/main/services/describe/der.js';
import { bytes, seq, tlv } from './helpers/der-builder.js';

const derError = (f: () => unknown): DerError => {
  try {
    f();
  } catch (e) {
    if (e instanceof DerError) return e;
    throw e;
  }
  throw new Error('expected a DerError');
};

describe('readTlv', () => {
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
  });

  it('refuses indefinite lengths (BER)', () => {
    expect(derError(() => parseDer(bytes(0x30, 0x80, 0x00, 0x00))).message).toMatch(/indefinite/);
  });

  it('refuses long-form encoding of small tag numbers', () => {
    expect(derError(() => readTlv(bytes(0x1f, 0x0c, 0x00), 0, 3)).message).toMatch(/long-form/);
  });

  it('accepts long-form tags for numbers of 31 and more', () => {
    const t = readTlv(bytes(0x7f, 0x20, 0x00), 0, 3);
    expect(t.tagClass).toBe(1);
    expect(t.tagNumber).toBe(32);
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
});
