/**
 * Hostile text for the validators and decoders: characters that change length when cased
 * (ß, İ), look like digits (full-width, Arabic-Indic), hide (zero-width, bidi overrides, BOM),
 * break encodings (lone surrogates, NUL), RFC 4514 / JSON / path metacharacters, and long
 * runs of all of these. Luhn-valid digit strings make validators go past their checksum.
 */
import fc from 'fast-check';

export const HOSTILE_PIECES = [
  '',
  ' ',
  '\u00a0',
  '\u202f',
  '\t',
  '\n',
  '\r\n',
  '\u0000',
  '\u0007',
  '\u007f',
  '\u0085',
  '\u2028',
  '\u200b',
  '\u200d',
  '\u202e',
  '\u2066',
  '\ufeff',
  '\u00ad',
  '\u3164',
  '\ud800',
  '\udfff',
  '\udbff\udfff',
  '\ue000',
  '\uffff',
  '\ufffe',
  'ß',
  'İ',
  'ı',
  'ﬀ',
  'ǅ',
  'é',
  'e\u0301',
  'Å',
  '\u212b',
  '１２３',
  '٣٤٥',
  '߀',
  '𝟗',
  '😀',
  '👩‍⚕️',
  'ما',
  'שלום',
  '中文',
  '=',
  ',',
  '+',
  '"',
  '\\',
  '#',
  ';',
  '<',
  '>',
  '/',
  '../',
  ':',
  '[',
  ']',
  '%',
  '%00',
  '*',
  '.',
  '-',
  '_',
  '@',
  'xn--',
  'xn--zca',
  '__proto__',
  'constructor',
  'toString',
  'null',
  'NaN',
  '-0',
  '1e309',
  '0x7f',
  '\\u{0041}',
  '\\u{005C}',
  'CN=a,O=b',
  '2A',
  '2B',
  '97',
  '356000000',
];

const digits = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });

/** Luhn check digit of a digit payload (reference implementation, independent of src). */
export const luhnDigit = (payload: string): string => {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    let d = Number(payload[payload.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
};

export const referenceLuhn = (value: string): boolean =>
  /^[0-9]+$/.test(value) && luhnDigit(value.slice(0, -1)) === value.slice(-1);

/** Digit strings of identifier lengths (9 SIREN / FINESS, 11 RPPS, 14 SIRET…), half of them Luhn-valid. */
export const identifierLike = (): fc.Arbitrary<string> =>
  fc.oneof(
    digits(0, 20),
    fc.integer({ min: 1, max: 16 }).chain((n) => digits(n, n).map((p) => p + luhnDigit(p))),
    digits(5, 5).map((p) => `35600${p.slice(0, 4)}${p}`),
    fc.tuple(fc.constantFrom('2A', '2B', '97', '98', '0B', '1Z', '00'), digits(7, 7)).map(([a, b]) => a + b),
    fc
      .tuple(fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '8', '9'), digits(8, 14))
      .map(([a, b]) => a + b),
  );

/** Any code unit sequence, lone surrogates included. */
const anyUnits = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  maxLength: 40,
});

/** A hostile string: pieces, identifier-like digits and random code points mixed, sometimes long. */
export const hostileString = (maxPieces = 12): fc.Arbitrary<string> => {
  const piece = fc.oneof(
    { arbitrary: fc.constantFrom(...HOSTILE_PIECES), weight: 4 },
    { arbitrary: identifierLike(), weight: 2 },
    { arbitrary: fc.string({ unit: 'binary', maxLength: 12 }), weight: 2 },
    { arbitrary: anyUnits, weight: 1 },
    { arbitrary: fc.string({ maxLength: 16 }), weight: 2 },
  );
  const mixed = fc.array(piece, { maxLength: maxPieces }).map((parts) => parts.join(''));
  return fc.oneof(
    { arbitrary: mixed, weight: 12 },
    {
      // Long runs, as far as a cap and past it (the validators refuse before working).
      arbitrary: fc
        .tuple(
          fc.constantFrom(...HOSTILE_PIECES, '0', '9', 'a', 'é', '\u0301'),
          fc.constantFrom(64, 65, 256, 4097, 100_000),
        )
        .map(([p, n]) => p.repeat(Math.max(1, Math.floor(n / Math.max(1, p.length))))),
      weight: 1,
    },
  );
};

/** Any JSON value, with hostile strings and keys among the ordinary ones. */
export const hostileJson = (): fc.Arbitrary<unknown> =>
  fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constant(null),
      fc.boolean(),
      fc.integer(),
      fc.double(),
      fc.constantFrom(0, -1, 1, 2 ** 53, -(2 ** 31), 3650, 3651, 1e308, -0),
      hostileString(6),
      fc.array(tie('value'), { maxLength: 5, depthIdentifier: 'json' }),
      fc.dictionary(
        fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'version')),
        tie('value'),
        {
          maxKeys: 5,
          depthIdentifier: 'json',
        },
      ),
    ),
  })).value;

const LABELS = [
  'example',
  'com',
  'EXAMPLE',
  'xn--n3h',
  'xn--',
  'xn--zca',
  'ß',
  'bücher',
  'İ',
  '☃',
  '*',
  '',
  '-a',
  'a-',
  '_x',
  'a'.repeat(63),
  'a'.repeat(64),
  '0x7f',
  '10',
  '255',
  '256',
  '08',
  'localhost',
  '%41',
  'a b',
  'a\u0000b',
  '\u200b',
  'ａ',
];

const IP_TEXTS = [
  '1.2.3.4',
  '01.2.3.4',
  '1.2.3',
  '0x7f.0.0.1',
  '4294967295',
  '4294967296',
  '::1',
  '::',
  ':::',
  '2001:db8::1',
  '2001:DB8::8a2e:370:7334',
  '::ffff:1.2.3.4',
  '::ffff:999.1.1.1',
  '1::2::3',
  'fe80::1%eth0',
  'fe80::1%25eth0',
  '1:2:3:4:5:6:7:8',
  '1:2:3:4:5:6:7:8:9',
  '1.2.3.4.5',
  '[::1]',
  '::1.2.3.4',
  '0:0:0:0:0:0:0:0:0',
];

/** Host names and IP literals as users and certificates write them, and the ways they go wrong. */
export const hostLike = (): fc.Arbitrary<string> =>
  fc.oneof(
    {
      arbitrary: fc
        .tuple(
          fc.array(fc.oneof(fc.constantFrom(...LABELS), fc.constantFrom(...HOSTILE_PIECES)), {
            minLength: 1,
            maxLength: 5,
          }),
          fc.constantFrom('.', '.', '.', '。', '．'),
          fc.boolean(),
        )
        .map(([labels, dot, trailing]) => labels.join(dot) + (trailing ? '.' : '')),
      weight: 5,
    },
    { arbitrary: fc.constantFrom(...IP_TEXTS), weight: 3 },
    { arbitrary: hostileString(6), weight: 2 },
    {
      arbitrary: fc.constantFrom('a'.repeat(254), `${'a'.repeat(63)}.`.repeat(5), 'a.'.repeat(200)),
      weight: 1,
    },
  );
