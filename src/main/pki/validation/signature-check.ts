/**
 * Signature checks with a working public key (RFC 5280 §6.1.3 a.1), including DSA keys whose
 * domain parameters are inherited from the issuer (§6.1.4 e-f): node:crypto cannot load
 * such a key alone, so we rebuild its SubjectPublicKeyInfo with the inherited parameters.
 */
import { bitString, objectIdentifier, sequence } from '../../../shared/asn1/build.js';
import { encoded, type Tlv } from '../../../shared/asn1/tlv.js';
import { Oid } from '../asn1/oids.js';
import { objectMemo } from '../certificate/index.js';
import type { Spki } from '../describe/algorithm.js';
import type { SignedParts } from '../describe/signed-envelope.js';
import { bytesEqual } from '../describe/hex.js';
import { verifySignature } from '../describe/signature.js';

/** A key to verify with: the SPKI DER, ready for node:crypto. */
export type WorkingKey = { spkiDer: Uint8Array; algorithm: string; params: Tlv | null };

/** The working key after a certificate with `spki`, inheriting DSA parameters from `previous`. */
export const workingKeyOf = (spki: Spki, previous: WorkingKey | null): WorkingKey => {
  const { oid, params } = spki.algorithm;
  if (oid === Oid.dsa && params === null && previous?.algorithm === Oid.dsa && previous.params) {
    const spkiDer = sequence(
      sequence(objectIdentifier(Oid.dsa), encoded(previous.params)),
      bitString(spki.key.bytes, spki.key.unusedBits),
    );
    return { spkiDer, algorithm: oid, params: previous.params };
  }
  return { spkiDer: spki.der, algorithm: oid, params };
};

/**
 * Outcomes by signed object and key bytes: path search scores a candidate issuer and path
 * processing checks the same pair again, and a CA shared by many leaves is checked against
 * its own issuer once per operation (an operation memo: a process-long WeakMap kept every
 * leaf's outcomes alive through young collections, see operation-memo.ts).
 */
const outcomes = objectMemo<SignedParts, Map<Uint8Array, boolean | null>>();

/** true / false, or null when the algorithm or key cannot be checked here. */
export const verifySigned = (signed: SignedParts, key: WorkingKey): boolean | null => {
  if (!bytesEqual(signed.innerAlgorithm.der, signed.algorithm.der)) return false;
  let byKey = outcomes.get(signed);
  if (!byKey) {
    byKey = new Map();
    outcomes.set(signed, byKey);
  }
  if (byKey.has(key.spkiDer)) return byKey.get(key.spkiDer) as boolean | null;
  const outcome = verifySignature(signed.tbs, signed.algorithm, signed.signature, key.spkiDer);
  byKey.set(key.spkiDer, outcome);
  return outcome;
};
