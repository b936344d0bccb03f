import 'reflect-metadata';
import { AsnParser } from '@peculiar/asn1-schema';
import { throwReadFailure } from '../reader/read-error.js';
import { MAX_DEPTH } from '../../../shared/asn1/tlv.js';

/**
 * @peculiar/asn1-schema parse with limits sized to the input. asn1js's default node cap
 * (10,000) rejects real CRLs with thousands of entries; each node takes at least two bytes,
 * so the input length bounds the count anyway. Depth is already checked by our TLV reader.
 */
export const schemaParse = <T>(der: Uint8Array, schema: new () => T, what: string): T => {
  try {
    return AsnParser.parse(der, schema, {
      berOptions: {
        maxDepth: MAX_DEPTH + 4,
        maxNodes: Math.max(10_000, der.length),
        maxContentLength: der.length,
      },
    });
  } catch {
    // Deliberately broad: asn1js and @peculiar/asn1-schema throw plain Errors and TypeErrors of
    // their own on malformed input, with no class to tell them from anything else. Only this
    // one call is wrapped, so the catch covers the third-party parser and nothing of ours.
    return throwReadFailure('malformed', `${what} does not match its ASN.1 structure.`);
  }
};
