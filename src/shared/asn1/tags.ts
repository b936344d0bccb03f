/** ASN.1 tag classes and the universal tag numbers we test against (X.680 8.4). */

export const TagClass = { universal: 0, application: 1, context: 2, private: 3 } as const;

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
