/**
 * The single certificate parser entry, cached. Two memos, each kept for about two
 * operations (operation-memo.ts):
 * - by the bytes object: within one operation the reader's `der` flows unchanged into
 *   describe, recognition and chain building, so most look-ups cost no hashing;
 * - by SHA-256 (at most MAX_BY_HASH per generation) for equal bytes in another buffer: a
 *   PKCS#12 carrying the same CA twice, the trust store or the same file read again for the
 *   next operation. A miss only costs one parse.
 * Failures are cached too (the same bad bytes are not decoded again). Anything other than a
 * DerError is a bug: it propagates and is not cached.
 */
import { DerError } from '../../../shared/asn1/tlv.js';
import { err, ok, type Result } from '../../../shared/result.js';
import { sha256Hex } from '../describe/hex.js';
import { objectMemo, valueMemo } from './operation-memo.js';
import { buildParsedCertificate, type ParsedCertificate } from './parsed-certificate.js';

const MAX_BY_HASH = 256;

type Outcome = Result<ParsedCertificate, DerError>;

const byBytes = objectMemo<Uint8Array, Outcome>();
const byHash = valueMemo<string, Outcome>(MAX_BY_HASH);
let parses = 0;

/** A view on a larger buffer (a whole PEM file) is copied, so the cache never pins the file. */
const ownCopy = (der: Uint8Array): Uint8Array =>
  der.byteOffset === 0 && der.byteLength === der.buffer.byteLength ? der : der.slice();

const parseUncached = (der: Uint8Array, sha256: string): Outcome => {
  parses++;
  try {
    return ok(buildParsedCertificate(ownCopy(der), sha256));
  } catch (e) {
    if (e instanceof DerError) return err(e);
    throw e;
  }
};

/** The certificate in `der`, parsed at most once per distinct bytes; a DerError as a value. */
export const readCertificate = (der: Uint8Array): Outcome => {
  const known = byBytes.get(der);
  if (known) return known;
  const sha256 = sha256Hex(der);
  let outcome = byHash.get(sha256);
  if (!outcome) {
    outcome = parseUncached(der, sha256);
    byHash.set(sha256, outcome);
  }
  byBytes.set(der, outcome);
  return outcome;
};

/** Same, throwing the DerError: for code that already turns DerErrors into its own errors. */
export const parseCertificate = (der: Uint8Array): ParsedCertificate => {
  const outcome = readCertificate(der);
  if (!outcome.ok) throw outcome.error;
  return outcome.value;
};

/** How many times the bytes of a certificate were actually decoded (cache misses), for tests and benches. */
export const certificateParseCount = (): number => parses;
