import 'reflect-metadata';
import { AsnParser } from '@peculiar/asn1-schema';
import { throwReadFailure } from '../reader/read-error.js';
import { DerError, MAX_DEPTH, readTlv, type Tlv } from '../../../shared/asn1/tlv.js';

/**
 * ASN.1 elements asn1js may build for one file (all its PKCS#12 layers together, or one
 * CSR). asn1js costs microseconds and most of a kilobyte per element: a 10 MB PKCS#12 made
 * of tiny elements took seconds and gigabytes of heap (found by fuzzing, test/fuzz). Real
 * files hold a few hundred; a PKCS#12 truststore of 1,000 certificates about 16,000.
 */
export const MAX_SCHEMA_ELEMENTS = 30_000;

/** What is left of one file's allowance: make one per file and pass it to every parse of that file. */
export type SchemaBudget = { elements: number };

export const schemaBudget = (): SchemaBudget => ({ elements: MAX_SCHEMA_ELEMENTS });

/** BOOLEAN, INTEGER, ENUMERATED: asn1js copies the whole contents once per byte while decoding one. */
const TWOS_COMPLEMENT_TAGS: ReadonlySet<number> = new Set([1, 2, 10]);
/** OBJECT IDENTIFIER, RELATIVE-OID: decoded one arc at a time. */
const OID_TAGS: ReadonlySet<number> = new Set([6, 13]);
/** Longest BOOLEAN, INTEGER or ENUMERATED handed to asn1js (a serial number is at most 20 bytes). */
const MAX_NUMBER_BYTES = 1024;

/**
 * The elements asn1js will build for `der` (it does not look inside OCTET or BIT STRINGs here:
 * see parseEmbedded below), read with our TLV reader; each byte of a number or an OID counts
 * as one more, since asn1js decodes those byte by byte, and a number past MAX_NUMBER_BYTES is
 * out of bounds at once (a 70 KB BOOLEAN took asn1js four seconds). Counting stops past `limit`.
 */
const countElements = (der: Uint8Array, limit: number): number => {
  let count = 0;
  const visit = (t: Tlv): void => {
    count++;
    const length = t.valueEnd - t.valueStart;
    if (t.tagClass === 0 && TWOS_COMPLEMENT_TAGS.has(t.tagNumber))
      count += length > MAX_NUMBER_BYTES ? Number.POSITIVE_INFINITY : length;
    else if (t.tagClass === 0 && OID_TAGS.has(t.tagNumber)) count += length;
    if (!t.constructed) return;
    for (let p = t.valueStart; p < t.valueEnd && count <= limit;) {
      const child = readTlv(t.buf, p, t.valueEnd, t.depth + 1, true);
      visit(child);
      p = child.end;
    }
  };
  visit(readTlv(der, 0, der.length, 0, true));
  return count;
};

/**
 * @peculiar/asn1-schema parse, within the file's element allowance. Embedded encodings
 * (OCTET STRINGs holding DER) are not parsed by asn1js: our own readers open those that
 * matter, and parsing them all again made every layer of a PKCS#12 cost the whole file.
 * Depth is already checked by our TLV reader.
 */
export const schemaParse = <T>(
  der: Uint8Array,
  schema: new () => T,
  what: string,
  budget: SchemaBudget = schemaBudget(),
): T => {
  let elements: number;
  try {
    elements = countElements(der, budget.elements);
  } catch (e) {
    if (e instanceof DerError)
      return throwReadFailure('malformed', `${what} does not match its ASN.1 structure.`);
    throw e;
  }
  if (elements > budget.elements) {
    return throwReadFailure(
      'malformed',
      `${what} holds more ASN.1 elements, or longer numbers, than a real file does (at most ${MAX_SCHEMA_ELEMENTS.toLocaleString('en-US')} elements in all); it is refused so it cannot tie up the computer.`,
      { limit: MAX_SCHEMA_ELEMENTS },
    );
  }
  budget.elements -= elements;
  try {
    return AsnParser.parse(der, schema, {
      berOptions: {
        maxDepth: MAX_DEPTH + 4,
        maxNodes: 2 * MAX_SCHEMA_ELEMENTS,
        maxContentLength: der.length,
        parseEmbedded: false,
      },
    });
  } catch {
    // Deliberately broad: asn1js and @peculiar/asn1-schema throw plain Errors and TypeErrors of
    // their own on malformed input, with no class to tell them from anything else. Only this
    // one call is wrapped, so the catch covers the third-party parser and nothing of ours.
    return throwReadFailure('malformed', `${what} does not match its ASN.1 structure.`);
  }
};
