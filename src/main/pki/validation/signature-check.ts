/**
 * Signature checks with a working public key (RFC 5280 §6.1.3 a.1), including DSA keys whose
 * domain parameters are inherited from the issuer (§6.1.4 e-f): node:crypto cannot load
 * such a key alone, so we rebuild its SubjectPublicKeyInfo with the inherited parameters.
 */
import { bitString, objectIdentifier, sequence } from '../../../shared/asn1/build.js';
import { encoded, type Tlv } from '../../../shared/asn1/tlv.js';
import type { Spki } from '../describe/algorithm.js';
import type { SignedParts } from '../describe/certificate-parser.js';
import { bytesEqual } from '../describe/hex.js';
import { verifySignature } from '../describe/signature.js';

const DSA_KEY = '1.2.840.10040.4.1';

/** A key to verify with: the SPKI DER, ready for node:crypto. */
export type WorkingKey = { spkiDer: Uint8Array; algorithm: string; params: Tlv | null };

/** The working key after a certificate with `spki`, inheriting DSA parameters from `previous`. */
export const workingKeyOf = (spki: Spki, previous: WorkingKey | null): WorkingKey => {
  const { oid, params } = spki.algorithm;
  if (oid === DSA_KEY && params === null && previous?.algorithm === DSA_KEY && previous.params) {
    const spkiDer = sequence(
      sequence(objectIdentifier(DSA_KEY), encoded(previous.params)),
      bitString(spki.key.bytes, spki.key.unusedBits),
    );
    return { spkiDer, algorithm: oid, params: previous.params };
  }
  return { spkiDer: spki.der, algorithm: oid, params };
};

/** true / false, or null when the algorithm or key cannot be checked here. */
export const verifySigned = (signed: SignedParts, key: WorkingKey): boolean | null => {
  if (!bytesEqual(signed.innerAlgorithm.der, signed.algorithm.der)) return false;
  return verifySignature(signed.tbs, signed.algorithm, signed.signature, key.spkiDer);
};
