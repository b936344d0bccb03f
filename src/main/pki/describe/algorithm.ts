/** AlgorithmIdentifier and SubjectPublicKeyInfo. */
import type { AlgorithmRef, PublicKeyInfo } from '../../../shared/model/certificate.js';
import { Cursor } from '../../../shared/asn1/cursor.js';
import { Univ } from '../../../shared/asn1/tags.js';
import { contents, DerError, isUniversal, parseDer, type Tlv } from '../../../shared/asn1/tlv.js';
import { type BitString, integerBytes, readBitString, readOid } from '../../../shared/asn1/values.js';
import { CURVES, SIGNATURE_ALGORITHM_NAMES } from './oid-names.js';

export type AlgorithmIdentifier = {
  readonly oid: string;
  readonly params: Tlv | null;
  readonly der: Uint8Array;
};

/** `der` is a view made when asked for (see ReadBitString: a certificate keeps three of these). */
class ReadAlgorithmIdentifier implements AlgorithmIdentifier {
  // Offsets rather than the element itself: an element object costs more than two numbers.
  constructor(
    readonly oid: string,
    readonly params: Tlv | null,
    private readonly buf: Uint8Array,
    private readonly start: number,
    private readonly end: number,
  ) {}
  get der(): Uint8Array {
    return this.buf.subarray(this.start, this.end);
  }
}

export const readAlgorithmIdentifier = (t: Tlv, what: string): AlgorithmIdentifier => {
  const c = Cursor.of(t, Univ.sequence, what);
  const oid = readOid(c.next('algorithm'), `${what} algorithm`);
  const params = c.peek() ? c.next('parameters') : null;
  c.end();
  return new ReadAlgorithmIdentifier(oid, params, t.buf, t.start, t.end);
};

export const signatureAlgorithmRef = (alg: AlgorithmIdentifier): AlgorithmRef => ({
  oid: alg.oid,
  name: SIGNATURE_ALGORITHM_NAMES[alg.oid] ?? alg.oid,
});

export type Spki = {
  readonly algorithm: AlgorithmIdentifier;
  readonly key: BitString;
  readonly der: Uint8Array;
};

/**
 * `der` is made on first use and then kept: unlike the other views it is an identity,
 * the key under which signature checks remember loaded keys and outcomes.
 */
class ReadSpki implements Spki {
  #der: Uint8Array | undefined;
  constructor(
    readonly algorithm: AlgorithmIdentifier,
    readonly key: BitString,
    private readonly buf: Uint8Array,
    private readonly start: number,
    private readonly end: number,
  ) {}
  get der(): Uint8Array {
    this.#der ??= this.buf.subarray(this.start, this.end);
    return this.#der;
  }
}

export const readSpki = (t: Tlv): Spki => {
  const c = Cursor.of(t, Univ.sequence, 'subjectPublicKeyInfo');
  const algorithm = readAlgorithmIdentifier(c.next('algorithm'), 'public key algorithm');
  const key = readBitString(c.next('subjectPublicKey'), 'subjectPublicKey');
  c.end();
  return new ReadSpki(algorithm, key, t.buf, t.start, t.end);
};

/** Bit length of an unsigned big-endian magnitude. */
const bitLength = (v: Uint8Array): number => {
  let i = 0;
  while (i < v.length && v[i] === 0) i++;
  if (i === v.length) return 0;
  return (v.length - i - 1) * 8 + (32 - Math.clz32(v[i] as number));
};

/** RSAPublicKey ::= SEQUENCE { modulus, publicExponent }: the modulus size. */
const rsaSize = (key: BitString): number => {
  const c = Cursor.of(parseDer(key.bytes, 'RSA public key'), Univ.sequence, 'RSAPublicKey');
  const modulus = integerBytes(c.next('modulus'), 'modulus');
  return bitLength(modulus);
};

/** DSA parameters SEQUENCE { p, q, g }: the size of p (null when inherited). */
const dsaSize = (params: Tlv | null): number | null => {
  if (!params || !isUniversal(params, Univ.sequence)) return null;
  const c = new Cursor(params, 'DSA parameters');
  return bitLength(integerBytes(c.next('p'), 'p'));
};

const ecInfo = (params: Tlv | null, key: BitString): { curve: string | null; size: number | null } => {
  if (params && isUniversal(params, Univ.oid)) {
    const oid = readOid(params, 'namedCurve');
    const known = CURVES[oid];
    return known ? { curve: known.name, size: known.size } : { curve: oid, size: null };
  }
  if (params && isUniversal(params, Univ.sequence)) {
    // Explicit curve parameters: ECParameters { version, fieldID { fieldType, prime }, … }.
    const c = new Cursor(params, 'ECParameters');
    c.next('version');
    const field = new Cursor(c.next('fieldID', Univ.sequence), 'fieldID');
    field.next('fieldType');
    const prime = field.next('parameters');
    const size = isUniversal(prime, Univ.integer) ? bitLength(contents(prime)) : null;
    return { curve: 'explicit parameters', size };
  }
  // implicitlyCA / absent: size from an uncompressed point when we can.
  const first = key.bytes[0];
  return { curve: null, size: first === 0x04 ? ((key.bytes.length - 1) / 2) * 8 : null };
};

const FIXED: Record<string, { algorithm: string; size: number }> = {
  '1.3.101.110': { algorithm: 'X25519', size: 256 },
  '1.3.101.111': { algorithm: 'X448', size: 448 },
  '1.3.101.112': { algorithm: 'Ed25519', size: 256 },
  '1.3.101.113': { algorithm: 'Ed448', size: 456 },
};

/** Describes a key; a key body we cannot read keeps its algorithm with a null size. */
export const publicKeyInfo = (spki: Spki): PublicKeyInfo => {
  const { oid, params } = spki.algorithm;
  const guard = <T>(f: () => T, fallback: T): T => {
    try {
      return f();
    } catch (e) {
      if (e instanceof DerError) return fallback;
      throw e;
    }
  };
  switch (oid) {
    case '1.2.840.113549.1.1.1':
      return { algorithm: 'RSA', size: guard(() => rsaSize(spki.key), null), curve: null };
    case '1.2.840.113549.1.1.10':
      return { algorithm: 'RSA-PSS', size: guard(() => rsaSize(spki.key), null), curve: null };
    case '1.2.840.10045.2.1': {
      const ec = guard(() => ecInfo(params, spki.key), { curve: null, size: null });
      return { algorithm: 'EC', size: ec.size, curve: ec.curve };
    }
    case '1.2.840.10040.4.1':
      return { algorithm: 'DSA', size: guard(() => dsaSize(params), null), curve: null };
    default: {
      const fixed = FIXED[oid];
      return fixed
        ? { algorithm: fixed.algorithm, size: fixed.size, curve: null }
        : { algorithm: oid, size: null, curve: null };
    }
  }
};
