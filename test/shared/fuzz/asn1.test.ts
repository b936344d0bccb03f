/**
 * Fuzzing the shared ASN.1 toolkit (src/shared/asn1): the TLV reader in DER and BER modes,
 * the framing walk, and every value decoder applied to every element it meets (INTEGER,
 * BOOLEAN, NULL, OID, BIT STRING, strings, times, OCTET STRING), on mutated real files and
 * random bytes; plus the text parsers (time texts, hex). DerError is the one expected failure.
 */
import fc from 'fast-check';
import { hexToBytes } from '../../../src/shared/asn1/hex.js';
import { Univ } from '../../../src/shared/asn1/tags.js';
import { parseTimeText, readTime } from '../../../src/shared/asn1/time.js';
import { childrenOf, DerError, parseTlv, walk, type Tlv } from '../../../src/shared/asn1/tlv.js';
import {
  isStringTlv,
  oidFromBytes,
  readBigInt,
  readBitString,
  readBoolean,
  readNull,
  readOctetString,
  readOid,
  readSmallInt,
  readString,
  setBits,
} from '../../../src/shared/asn1/values.js';
import { contents } from '../../../src/shared/asn1/tlv.js';
import { fuzz } from '../../fuzz/harness.js';
import { derMutant, describeSample, randomBytes, type Sample } from '../../fuzz/mutate-der.js';
import { SEEDS } from '../../fuzz/seeds.js';
import { hostileString } from '../../fuzz/strings.js';

const typed = (f: () => unknown): 'ok' | 'refused' => {
  try {
    f();
    return 'ok';
  } catch (e) {
    if (e instanceof DerError) return 'refused';
    throw e;
  }
};

/** Every decoder that applies to this element's tag; elements visited breadth-first, at most 20,000. */
const decodeAll = (root: Tlv): number => {
  const queue: Tlv[] = [root];
  let seen = 0;
  for (; seen < queue.length && seen < 20_000; seen++) {
    const t = queue[seen] as Tlv;
    if (t.constructed) {
      typed(() => {
        for (const c of childrenOf(t)) queue.push(c);
      });
      continue;
    }
    if (t.tagClass !== 0) continue;
    switch (t.tagNumber) {
      case Univ.integer:
        typed(() => readSmallInt(t, 'int'));
        typed(() => readBigInt(t, 'int'));
        break;
      case Univ.boolean:
        typed(() => readBoolean(t, 'bool'));
        break;
      case Univ.null:
        typed(() => readNull(t, 'null'));
        break;
      case Univ.oid:
        typed(() => readOid(t, 'oid'));
        typed(() => oidFromBytes(contents(t), 'oid', true));
        break;
      case Univ.bitString:
        // Bits are listed for short strings only (key usage, reason flags), as the app does.
        typed(() =>
          t.valueEnd - t.valueStart <= 64 ? setBits(readBitString(t, 'bits')) : readBitString(t, 'bits'),
        );
        break;
      case Univ.octetString:
        typed(() => readOctetString(t, 'octets'));
        break;
      case Univ.utcTime:
      case Univ.generalizedTime:
        typed(() => readTime(t, 'time'));
        break;
      default:
        if (isStringTlv(t)) typed(() => readString(t, 'string'));
    }
  }
  return seen;
};

const readBoth = (bytes: Uint8Array): string[] =>
  [false, true].map((ber) =>
    typed(() => {
      const { tlv } = parseTlv(bytes, ber);
      walk(tlv);
      decodeAll(tlv);
    }),
  );

describe('fuzz: shared ASN.1', () => {
  fuzz('asn1.tlv-and-values', {
    arbitrary: fc.oneof(
      { arbitrary: derMutant(SEEDS).map((s) => ({ s, text: '', utc: false })), weight: 6 },
      { arbitrary: randomBytes.map((s) => ({ s, text: '', utc: false })), weight: 2 },
      {
        arbitrary: fc
          .tuple(
            fc.oneof(
              hostileString(4),
              fc.string({ unit: fc.constantFrom(...'0123456789Z.+-'), maxLength: 40 }),
            ),
            fc.boolean(),
          )
          .map(([text, utc]) => ({ s: { bytes: new Uint8Array(0), label: 'text' } as Sample, text, utc })),
        weight: 2,
      },
    ),
    call: ({ s, text, utc }) => {
      if (s.bytes.length === 0) {
        hexToBytes(text);
        return [typed(() => parseTimeText(text, utc, 'time'))];
      }
      return readBoth(s.bytes);
    },
    check: (r) => (r.every((x) => x === 'ok' || x === 'refused') ? null : `answers ${r.join(',')}`),
    describe: ({ s, text, utc }) =>
      s.bytes.length === 0 ? `time text ${JSON.stringify(text)} utc=${utc}` : describeSample(s),
  });
});
