import type { PrivateKeyView } from '../../../shared/model/certificate.js';
import { Univ } from '../../../shared/asn1/tags.js';
import { isUniversal, type Tlv } from '../../../shared/asn1/tlv.js';
import { parseNode, readAlgorithm, readOctets, sequenceOf } from '../asn1/elements.js';
import { decryptWithScheme } from '../crypto/pbe-decrypt.js';
import type { PasswordCandidate } from '../crypto/password.js';
import { parseEncryptionScheme, type EncryptionScheme } from '../crypto/pbe-scheme.js';
import type { WorkBudget } from '../crypto/work-budget.js';
import { ReaderFailure } from '../reader/read-error.js';
import { viewPlainKey } from './plain-key.js';

/** EncryptedPrivateKeyInfo ::= SEQUENCE { encryptionAlgorithm AlgorithmIdentifier, encryptedData OCTET STRING } */
export type EncryptedKey = { readonly scheme: EncryptionScheme; readonly data: Uint8Array };

/** Reads the structure and checks the scheme and its iteration count; decrypts nothing. */
export const parseEncryptedPkcs8 = (node: Tlv, what: string): EncryptedKey => {
  const [algNode, dataNode] = sequenceOf(node, what);
  const scheme = parseEncryptionScheme(readAlgorithm(algNode, `${what} encryption algorithm`), what);
  return { scheme, data: readOctets(dataNode, `${what} encrypted data`) };
};

/** A decrypted blob that is not a PrivateKeyInfo means the password was wrong. */
const asPrivateKeyInfo = (plain: Uint8Array): Tlv | null => {
  try {
    const { node } = parseNode(plain);
    const [version, alg, key] = sequenceOf(node, 'The decrypted private key');
    const shaped =
      isUniversal(version, Univ.integer) &&
      isUniversal(alg, Univ.sequence) &&
      isUniversal(key, Univ.octetString);
    return shaped ? node : null;
  } catch (e) {
    if (e instanceof ReaderFailure) return null;
    throw e;
  }
};

/**
 * Tries each password candidate; null when none opens the key (wrong password). A key that
 * decrypts but then fails to load is reported as that failure, not as a wrong password.
 */
export const openEncryptedPkcs8 = async (
  key: EncryptedKey,
  candidates: readonly PasswordCandidate[],
  budget: WorkBudget,
): Promise<{ view: PrivateKeyView; candidate: PasswordCandidate } | null> => {
  for (const candidate of candidates) {
    const plain = await decryptWithScheme(key.scheme, candidate, key.data, budget);
    const node = plain === null ? null : asPrivateKeyInfo(plain);
    if (node !== null) return { view: viewPlainKey(node, 'pkcs8'), candidate };
  }
  return null;
};
