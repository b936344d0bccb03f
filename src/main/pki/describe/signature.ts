/**
 * Signature verification with node:crypto (OpenSSL underneath). `null` means "we cannot
 * tell" (an algorithm or key type this runtime does not support: MD2, GOST, PSS with a
 * different MGF1 hash…); `false` means it was checked and does not verify.
 */
import { constants, createPublicKey, getHashes, verify, type KeyObject } from 'node:crypto';
import { Cursor } from '../../../shared/asn1/cursor.js';
import { Univ } from '../../../shared/asn1/tags.js';
import { childrenOf, DerError, isUniversal, type Tlv } from '../../../shared/asn1/tlv.js';
import { type BitString, readOid, readSmallInt } from '../../../shared/asn1/values.js';
import { isCryptoDecodeError } from '../crypto/node-crypto-errors.js';
import type { AlgorithmIdentifier } from './algorithm.js';
import { HASHES } from './oid-names.js';
import { objectMemo } from '../certificate/operation-memo.js';

type Scheme =
  | { kind: 'rsa'; hash: string }
  | { kind: 'pss'; hash: string; saltLength: number }
  | { kind: 'ecdsa'; hash: string }
  | { kind: 'dsa'; hash: string }
  | { kind: 'eddsa'; keyType: 'ed25519' | 'ed448' };

const RSA: Record<string, string> = {
  '1.2.840.113549.1.1.2': 'md2',
  '1.2.840.113549.1.1.3': 'md4',
  '1.2.840.113549.1.1.4': 'md5',
  '1.2.840.113549.1.1.5': 'sha1',
  '1.3.14.3.2.29': 'sha1',
  '1.2.840.113549.1.1.14': 'sha224',
  '1.2.840.113549.1.1.11': 'sha256',
  '1.2.840.113549.1.1.12': 'sha384',
  '1.2.840.113549.1.1.13': 'sha512',
  '2.16.840.1.101.3.4.3.13': 'sha3-224',
  '2.16.840.1.101.3.4.3.14': 'sha3-256',
  '2.16.840.1.101.3.4.3.15': 'sha3-384',
  '2.16.840.1.101.3.4.3.16': 'sha3-512',
};

const ECDSA: Record<string, string> = {
  '1.2.840.10045.4.1': 'sha1',
  '1.2.840.10045.4.3.1': 'sha224',
  '1.2.840.10045.4.3.2': 'sha256',
  '1.2.840.10045.4.3.3': 'sha384',
  '1.2.840.10045.4.3.4': 'sha512',
  '2.16.840.1.101.3.4.3.9': 'sha3-224',
  '2.16.840.1.101.3.4.3.10': 'sha3-256',
  '2.16.840.1.101.3.4.3.11': 'sha3-384',
  '2.16.840.1.101.3.4.3.12': 'sha3-512',
};

const DSA: Record<string, string> = {
  '1.2.840.10040.4.3': 'sha1',
  '2.16.840.1.101.3.4.3.1': 'sha224',
  '2.16.840.1.101.3.4.3.2': 'sha256',
};

const MGF1 = '1.2.840.113549.1.1.8';

const hashOfAlgorithm = (t: Tlv): string | null => {
  const c = Cursor.of(t, Univ.sequence, 'hash algorithm');
  return HASHES[readOid(c.next('algorithm'), 'hash algorithm')] ?? null;
};

/** RSASSA-PSS-params (RFC 4055): every field is EXPLICIT and has a default. */
const pssScheme = (alg: AlgorithmIdentifier): Scheme | null => {
  let hash: string | null = 'sha1';
  let mgfHash: string | null = 'sha1';
  let saltLength = 20;
  if (alg.params && !isUniversal(alg.params, Univ.null)) {
    const c = Cursor.of(alg.params, Univ.sequence, 'RSASSA-PSS-params');
    const explicit = (n: number) => {
      const t = c.optionalContext(n);
      const inner = t ? childrenOf(t) : [];
      if (t && inner.length !== 1) throw new DerError('RSASSA-PSS-params: bad explicit field');
      return inner[0];
    };
    const h = explicit(0);
    if (h) hash = hashOfAlgorithm(h);
    const m = explicit(1);
    if (m) {
      const mc = Cursor.of(m, Univ.sequence, 'maskGenAlgorithm');
      if (readOid(mc.next('algorithm'), 'maskGenAlgorithm') !== MGF1) return null;
      mgfHash = hashOfAlgorithm(mc.next('parameters'));
    }
    const s = explicit(2);
    if (s) saltLength = readSmallInt(s, 'saltLength');
    const trailer = explicit(3);
    if (trailer && readSmallInt(trailer, 'trailerField') !== 1) return null;
    c.end();
  }
  // node:crypto ties the MGF1 digest to the signature digest.
  if (!hash || hash !== mgfHash || saltLength < 0) return null;
  return { kind: 'pss', hash, saltLength };
};

const schemeFor = (alg: AlgorithmIdentifier): Scheme | null => {
  const { oid } = alg;
  if (RSA[oid]) return { kind: 'rsa', hash: RSA[oid] };
  if (ECDSA[oid]) return { kind: 'ecdsa', hash: ECDSA[oid] };
  if (DSA[oid]) return { kind: 'dsa', hash: DSA[oid] };
  if (oid === '1.3.101.112') return { kind: 'eddsa', keyType: 'ed25519' };
  if (oid === '1.3.101.113') return { kind: 'eddsa', keyType: 'ed448' };
  if (oid === '1.2.840.113549.1.1.10') return pssScheme(alg);
  return null;
};

let supportedHashes: Set<string> | null = null;
const hashSupported = (h: string): boolean => {
  supportedHashes ??= new Set(getHashes().map((x) => x.toLowerCase()));
  return supportedHashes.has(h);
};

const keyFits = (scheme: Scheme, key: KeyObject): boolean => {
  const type = key.asymmetricKeyType;
  switch (scheme.kind) {
    case 'rsa':
      return type === 'rsa';
    case 'pss':
      return type === 'rsa' || type === 'rsa-pss';
    case 'ecdsa':
      return type === 'ec';
    case 'dsa':
      return type === 'dsa';
    case 'eddsa':
      return type === scheme.keyType;
  }
};

/**
 * Loaded keys by SPKI bytes object: a CA's key verifies every leaf it issued, and loading
 * it costs more than an ECDSA check. A parsed certificate keeps one SPKI bytes object, so
 * the memo hits; entries last about two operations (operation-memo.ts).
 */
const loadedKeys = objectMemo<Uint8Array, KeyObject | null>();

const publicKeyOf = (spkiDer: Uint8Array): KeyObject | null => {
  const known = loadedKeys.get(spkiDer);
  if (known !== undefined) return known;
  let key: KeyObject | null;
  try {
    key = createPublicKey({ key: Buffer.from(spkiDer), format: 'der', type: 'spki' });
  } catch (e) {
    if (!isCryptoDecodeError(e)) throw e;
    key = null;
  }
  loadedKeys.set(spkiDer, key);
  return key;
};

/** Verifies `signature` over `data` with the key in `spkiDer`. Never throws. */
export const verifySignature = (
  data: Uint8Array,
  alg: AlgorithmIdentifier,
  signature: BitString,
  spkiDer: Uint8Array,
): boolean | null => {
  let scheme: Scheme | null;
  try {
    scheme = schemeFor(alg);
  } catch (e) {
    if (!(e instanceof DerError)) throw e;
    return false; // the parameters themselves are malformed
  }
  if (!scheme) return null;
  if (scheme.kind !== 'eddsa' && !hashSupported(scheme.hash)) return null;
  const key = publicKeyOf(spkiDer);
  if (!key) return null; // a key type or curve OpenSSL cannot load (GOST, inherited DSA parameters…)
  if (!keyFits(scheme, key)) return false;
  if (signature.unusedBits !== 0) return false;
  const sig = signature.bytes;
  try {
    switch (scheme.kind) {
      case 'eddsa':
        return verify(null, data, key, sig);
      case 'pss':
        return verify(
          scheme.hash,
          data,
          { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: scheme.saltLength },
          sig,
        );
      default:
        return verify(scheme.hash, data, key, sig);
    }
  } catch (e) {
    // OpenSSL reports some mismatches (wrong signature length…) as errors: still "does not verify".
    if (!isCryptoDecodeError(e)) throw e;
    return false;
  }
};
