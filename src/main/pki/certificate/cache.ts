/**
 * The single certificate parser entry, cached. Two levels:
 * - a WeakMap on the bytes object: within one operation the reader's `der` flows unchanged
 *   into describe, recognition and chain building, so most look-ups cost no hashing and the
 *   entry lives exactly as long as the bytes (no bound needed);
 * - a Map by SHA-256 (LRU, MAX_BY_HASH entries) for equal bytes in another buffer: trust-store
 *   anchors read again for each file, a PKCS#12 carrying the same CA twice. The bound keeps a
 *   long session's memory flat; a miss only costs one parse.
 * Failures are cached too (the same bad bytes are not decoded again). Anything other than a
 * DerError is a bug: it propagates and is not cached.
 */
import { DerError } from '../../../shared/asn1/tlv.js';
import { err, ok, type Result } from '../../../shared/result.js';
import { sha256Hex } from '../describe/hex.js';
import { buildParsedCertificate, type ParsedCertificate } from './parsed-certificate.js';

const MAX_BY_HASH = 256;

type Outcome = Result<ParsedCertificate, DerError>;

const byBytes = new WeakMap<Uint8Array, Outcome>();
const byHash = new Map<string, Outcome>();
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

const remember = (sha256: string, outcome: Outcome): void => {
  byHash.delete(sha256);
  byHash.set(sha256, outcome);
  if (byHash.size > MAX_BY_HASH) {
    const oldest = byHash.keys().next();
    if (!oldest.done) byHash.delete(oldest.value);
  }
};

/** The certificate in `der`, parsed at most once per distinct bytes; a DerError as a value. */
export const readCertificate = (der: Uint8Array): Outcome => {
  const known = byBytes.get(der);
  if (known) return known;
  const sha256 = sha256Hex(der);
  const outcome = byHash.get(sha256) ?? parseUncached(der, sha256);
  remember(sha256, outcome);
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
