import { hexToBytes, toHex } from '../../../src/shared/asn1/hex.js';
import { parseDer } from '../../../src/shared/asn1/tlv.js';
import {
  bigIntOf,
  oidFromBytes,
  readBigInt,
  readSmallInt,
  readOid,
  readString,
  serialHex,
  setBits,
  readBitString,
} from '../../../src/shared/asn1/values.js';
import { parseTimeText, readTime } from '../../../src/shared/asn1/time.js';
import {
  bitString,
  bmp,
  bytes,
  oid,
  rawTime,
  tlv,
  utf8,
} from '../../main/pki/describe/helpers/der-builder.js';

const hex = (s: string): Uint8Array => new Uint8Array(Buffer.from(s.replace(/\s+/g, ''), 'hex'));

describe('small integers', () => {
  it('read as their big-integer value, signs and six-byte values included', () => {
    const cases = [
      '00',
      '01',
      '7f',
      '0080',
      '80',
      'ff',
      'ff7f',
      '0100',
      '7fffffffffff',
      '800000000000',
      'ffffffffffff',
    ];
    for (const c of cases) {
      const t = parseDer(tlv(0x02, hex(c)));
      expect(readSmallInt(t, 'n'), c).toBe(Number(readBigInt(t, 'n')));
    }
    expect(readSmallInt(parseDer(tlv(0x0a, hex('02'))), 'n', 0x0a)).toBe(2);
  });

  it('refuses what is not a small INTEGER', () => {
    expect(() => readSmallInt(parseDer(tlv(0x02, bytes())), 'n')).toThrow(/empty INTEGER/);
    expect(() => readSmallInt(parseDer(tlv(0x02, hex('01020304050607'))), 'n')).toThrow(/too large/);
    expect(() => readSmallInt(parseDer(tlv(0x04, hex('01'))), 'n')).toThrow(/expected INTEGER/);
    expect(() => readSmallInt(parseDer(tlv(0x22, tlv(0x02, hex('01')))), 'n')).toThrow();
  });
});

describe('OIDs', () => {
  it('decodes ordinary and huge arcs', () => {
    expect(readOid(parseDer(oid('1.2.250.1.71.1.2.5')), 'x')).toBe('1.2.250.1.71.1.2.5');
    const big = '1.2.3.340282366920938463463374607431768211455.7';
    expect(readOid(parseDer(oid(big)), 'x')).toBe(big);
    expect(readOid(parseDer(oid('2.999.3')), 'x')).toBe('2.999.3');
  });

  it('refuses non-minimal and truncated arcs', () => {
    expect(() => oidFromBytes(bytes(0x2a, 0x80, 0x01))).toThrow(/non-minimal/);
    expect(() => oidFromBytes(bytes(0x2a, 0x86))).toThrow(/truncated/);
  });

  it('lets the file reader through non-minimal arcs, never truncated ones', () => {
    expect(oidFromBytes(bytes(0x2a, 0x80, 0x01), 'x', true)).toBe('1.2.1');
    expect(() => oidFromBytes(bytes(0x2a, 0x86), 'x', true)).toThrow(/truncated/);
  });

  it('answers the same from its cache: a decoded OID again, a prefix, a lenient read before a strict one', () => {
    const rsa = hex('2A 86 48 86 F7 0D 01 01 01');
    expect(oidFromBytes(rsa)).toBe('1.2.840.113549.1.1.1');
    expect(oidFromBytes(rsa.slice())).toBe('1.2.840.113549.1.1.1');
    // A prefix of a cached OID that ends inside an arc is still truncated.
    expect(() => oidFromBytes(hex('2A 86'))).toThrow(/truncated/);
    expect(oidFromBytes(hex('2A 86 48'))).toBe('1.2.840');
    expect(oidFromBytes(bytes(0x2b, 0x80, 0x02), 'x', true)).toBe('1.3.2');
    expect(() => oidFromBytes(bytes(0x2b, 0x80, 0x02))).toThrow(/non-minimal/);
  });

  it('decodes OIDs, including arcs past 2^53', () => {
    expect(oidFromBytes(hex('2A 86 48 86 F7 0D 01 0C 0A 01 03'))).toBe('1.2.840.113549.1.12.10.1.3');
    expect(oidFromBytes(hex('88 37 01'))).toBe('2.999.1');
    expect(oidFromBytes(hex('2A 81 80 80 80 80 80 80 80 80 01'))).toBe('1.2.9223372036854775809');
  });
});

describe('times', () => {
  const utc = (s: string) => readTime(parseDer(rawTime(0x17, s)), 't').toISOString();
  const gen = (s: string) => readTime(parseDer(rawTime(0x18, s)), 't').toISOString();

  it('pivots UTCTime years at 50 (RFC 5280)', () => {
    expect(utc('491231235959Z')).toBe('2049-12-31T23:59:59.000Z');
    expect(utc('500101000000Z')).toBe('1950-01-01T00:00:00.000Z');
  });

  it('reads GeneralizedTime, including year 9999 and low years', () => {
    expect(gen('99991231235959Z')).toBe('9999-12-31T23:59:59.000Z');
    expect(gen('00500101000000Z')).toBe('0050-01-01T00:00:00.000Z');
    expect(gen('20240229120000.5Z')).toBe('2024-02-29T12:00:00.500Z');
  });

  it('refuses loose or impossible times', () => {
    expect(() => utc('18102813516Z')).toThrow(/malformed UTCTime/);
    expect(() => utc('1810281351Z')).toThrow(/malformed/);
    expect(() => utc('181028135116+0100')).toThrow(/malformed/);
    expect(() => gen('20230229000000Z')).toThrow(/out of range/);
    expect(() => gen('20231301000000Z')).toThrow(/out of range/);
    expect(() => gen('20240101000000.10Z')).toThrow(/malformed/);
  });

  it('reads the common forms from the bytes exactly as the text path does', () => {
    // Edge digits, days per month, leap years and non-digits in every position: the byte
    // shortcut must agree with parseTimeText (same date, or the same refusal).
    const text = (s: string, isUtc: boolean) => {
      try {
        return parseTimeText(s, isUtc, 't').toISOString();
      } catch (e) {
        return (e as Error).message;
      }
    };
    const bytesPath = (s: string, isUtc: boolean) => {
      try {
        return isUtc ? utc(s) : gen(s);
      } catch (e) {
        return (e as Error).message;
      }
    };
    const samples: string[] = [];
    for (const yy of ['00', '49', '50', '99', '0a'])
      for (const mm of ['00', '01', '02', '12', '13'])
        for (const dd of ['00', '01', '28', '29', '30', '31', '32'])
          for (const rest of ['000000Z', '235959Z', '240000Z', '236000Z', '235960Z', '23595 Z', '235959z'])
            samples.push(`${yy}${mm}${dd}${rest}`);
    for (const s of samples) {
      expect(bytesPath(s, true), s).toBe(text(s, true));
      for (const century of ['19', '20', '00', '01', '24'])
        expect(bytesPath(`${century}${s}`, false), `${century}${s}`).toBe(text(`${century}${s}`, false));
    }
  });
});

describe('strings', () => {
  it('decodes UTF-8, BMP, Universal and T.61 strings', () => {
    expect(readString(parseDer(utf8('Rhône (69)')), 's')).toBe('Rhône (69)');
    expect(readString(parseDer(bmp('Élodie')), 's')).toBe('Élodie');
    expect(readString(parseDer(tlv(0x1c, bytes(0, 0, 0, 0x41, 0, 1, 0xf6, 0x00))), 's')).toBe('A😀');
    expect(readString(parseDer(tlv(0x14, bytes(0x63, 0x61, 0x66, 0xe9))), 's')).toBe('café');
  });

  it('reads short and long ASCII the same in every one-byte string type', () => {
    const ascii = (n: number) => Array.from({ length: n }, (_, i) => 0x20 + ((i * 7) % 0x5f));
    for (const n of [0, 1, 64, 65, 300]) {
      const text = String.fromCharCode(...ascii(n));
      // UTF8String, PrintableString, T61String, IA5String, VisibleString
      for (const tag of [0x0c, 0x13, 0x14, 0x16, 0x1a])
        expect(readString(parseDer(tlv(tag, bytes(...ascii(n)))), 's')).toBe(text);
    }
    // A NUL or DEL is ASCII too and kept as is; a byte past 0x7F goes to the full decoders.
    expect(readString(parseDer(tlv(0x0c, bytes(0x41, 0x00, 0x7f))), 's')).toBe('A\u0000\u007f');
    expect(readString(parseDer(tlv(0x0c, bytes(0x41, 0xc3, 0xa9))), 's')).toBe('Aé');
  });

  it('refuses invalid UTF-8 and odd BMP lengths', () => {
    expect(() => readString(parseDer(tlv(0x0c, bytes(0xc3, 0x28))), 's')).toThrow(/UTF-8/);
    expect(() => readString(parseDer(tlv(0x1e, bytes(0x00))), 's')).toThrow(/odd length/);
  });
});

describe('integers and bits', () => {
  it('prints serials like openssl', () => {
    expect(serialHex(bytes(0x00, 0x80, 0x01))).toBe('8001');
    expect(serialHex(bytes(0x01))).toBe('01');
    expect(serialHex(bytes(0x00))).toBe('00');
    // Negative: raw two's complement (our hex form has no sign).
    expect(serialHex(bytes(0xfb, 0xce))).toBe('FBCE');
  });

  it('reads two-complement integers', () => {
    expect(bigIntOf(bytes(0xff))).toBe(-1n);
    expect(bigIntOf(bytes(0x00, 0xff))).toBe(255n);
  });

  it('lists set bits, ignoring the unused ones', () => {
    expect(setBits(readBitString(parseDer(bitString(bytes(0x86), 1)), 'b'))).toEqual([0, 5, 6]);
    expect(() => readBitString(parseDer(bitString(bytes(), 3)), 'b')).toThrow(/padding/);
  });
});

describe('hex', () => {
  it('prints upper-case pairs and reads either case back', () => {
    expect(toHex(bytes(0x00, 0x0f, 0xab, 0xff))).toBe('000FABFF');
    expect(toHex(bytes())).toBe('');
    expect(hexToBytes('000fABff')).toEqual(bytes(0x00, 0x0f, 0xab, 0xff));
    expect(hexToBytes('abc')).toBeNull();
    expect(hexToBytes('zz')).toBeNull();
  });

  it('matches Node for every byte value', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(toHex(all)).toBe(Buffer.from(all).toString('hex').toUpperCase());
  });

  it('puts the separator between bytes only, across its internal chunks too', () => {
    expect(toHex(bytes(0xab, 0x01, 0xff), ':')).toBe('AB:01:FF');
    expect(toHex(bytes(0x7f), ':')).toBe('7F');
    expect(toHex(bytes(), ':')).toBe('');
    const long = Uint8Array.from({ length: 20_000 }, (_, i) => i & 0xff);
    const expected = Array.from(long, (b) => b.toString(16).toUpperCase().padStart(2, '0')).join(':');
    expect(toHex(long, ':')).toBe(expected);
  });
});
