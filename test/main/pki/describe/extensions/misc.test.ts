import {
  decodeReasonCode,
  decodeCrlNumber,
} from '../../../../../src/main/pki/describe/extensions/crl-fields.js';
import { decodeSctList } from '../../../../../src/main/pki/describe/extensions/misc.js';
import { summarizeRaw } from '../../../../../src/main/pki/describe/extensions/raw-summary.js';
import { bytes, enumerated, int, octet, seq, utf8 } from '../helpers/der-builder.js';

describe('CRL fields', () => {
  it('reads reason codes and refuses undefined ones', () => {
    expect(decodeReasonCode(enumerated(1)).facts?.reason).toBe('keyCompromise');
    expect(() => decodeReasonCode(enumerated(7))).toThrow(/undefined value 7/);
    expect(() => decodeReasonCode(enumerated(12))).toThrow(/undefined value 12/);
  });

  it('reads big CRL numbers as decimal text', () => {
    expect(decodeCrlNumber(int(2n ** 100n)).facts?.crlNumber).toBe((2n ** 100n).toString());
    expect(() => decodeCrlNumber(int(-1))).toThrow(/negative/);
  });
});

describe('SCT list', () => {
  const sct = (version: number, hash: number, sig: number): number[] => {
    const body = [
      version,
      ...new Array<number>(32).fill(7),
      0,
      0,
      1,
      0x58,
      0x70,
      0x5a,
      0x54,
      0x00,
      0,
      0,
      hash,
      sig,
      0,
      2,
      0xaa,
      0xbb,
    ];
    return [body.length >> 8, body.length & 0xff, ...body];
  };
  const list = (...scts: number[][]) => {
    const flat = scts.flat();
    return octet(bytes(flat.length >> 8, flat.length & 0xff, ...flat));
  };

  it('summarises good SCTs', () => {
    expect(decodeSctList(list(sct(0, 4, 3))).summary[0]).toMatch(/^log 0707.* at 2016-/);
  });

  it('flags anonymous, hash-none and unknown-version SCTs', () => {
    expect(() => decodeSctList(list(sct(0, 4, 0)))).toThrow(/anonymous/);
    expect(() => decodeSctList(list(sct(0, 0, 3)))).toThrow(/none/);
    expect(() => decodeSctList(list(sct(1, 4, 3)))).toThrow(/unknown version/);
  });
});

describe('summarizeRaw', () => {
  it('describes DER values one item per line', () => {
    expect(summarizeRaw(octet(bytes(0x83))).summary).toEqual(['OCTET STRING 83']);
    expect(summarizeRaw(seq(utf8('a'), int(10))).summary).toEqual([
      'SEQUENCE of 2 item(s)',
      '  UTF8String "a"',
      '  INTEGER 10',
    ]);
  });

  it('shows bytes that are not DER as hex and text', () => {
    expect(summarizeRaw(Buffer.from('value')).summary).toEqual(['not DER: 76616C7565 "value"']);
    expect(summarizeRaw(bytes()).summary).toEqual(['not DER: ']);
  });
});
