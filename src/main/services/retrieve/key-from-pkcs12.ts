import { createHash, createPrivateKey, createPublicKey } from 'node:crypto';
import { encoded } from '../../../shared/asn1/tlv.js';
import { parseDer } from '../../pki/asn1/index.js';
import { decryptWithScheme } from '../../pki/crypto/index.js';
import { passwordCandidates, type PasswordCandidate } from '../../pki/crypto/index.js';
import { createBudget, type WorkBudget } from '../../pki/crypto/index.js';
import { findMacPassword } from '../../pki/pkcs12/index.js';
import { readPfxStructure, type AuthSafeEntry } from '../../pki/pkcs12/index.js';
import { collectBags, type Bag } from '../../pki/pkcs12/index.js';
import { ReaderFailure } from '../../pki/reader/index.js';
import { isCryptoDecodeError } from '../../pki/crypto/index.js';

/**
 * The one place a clear private key is taken out of a user's file: the key of a
 * platform-generated PKCS#12, on its way into the vault. The reader itself never returns
 * key bytes (the inspector has no use for them); this walks the same structures with the
 * reader's own parsers and ciphers, in main only, and returns the PKCS#8 whose public half
 * has `spkiSha256`, or null. The caller wipes the result.
 */

const spkiHashOf = (pkcs8: Uint8Array): string | null => {
  try {
    const priv = createPrivateKey({ key: Buffer.from(pkcs8), format: 'der', type: 'pkcs8' });
    const spki = createPublicKey(priv).export({ type: 'spki', format: 'der' });
    return createHash('sha256').update(spki).digest('hex').toUpperCase();
  } catch (e) {
    if (!isCryptoDecodeError(e)) throw e;
    return null;
  }
};

const openContainer = async (
  entry: Extract<AuthSafeEntry, { kind: 'encrypted' }>,
  candidates: readonly PasswordCandidate[],
  budget: WorkBudget,
): Promise<Bag[]> => {
  for (const candidate of candidates) {
    const plain = await decryptWithScheme(entry.scheme, candidate, entry.data, budget);
    if (plain === null) continue;
    try {
      return collectBags(plain);
    } catch (e) {
      if (e instanceof ReaderFailure) continue;
      throw e;
    }
  }
  return [];
};

const keyCandidates = async (
  bag: Bag,
  candidates: readonly PasswordCandidate[],
  budget: WorkBudget,
): Promise<Uint8Array[]> => {
  if (bag.kind === 'key') return [new Uint8Array(encoded(bag.node))];
  if (bag.kind !== 'shrouded-key' || bag.key === null) return [];
  const out: Uint8Array[] = [];
  for (const candidate of candidates) {
    const plain = await decryptWithScheme(bag.key.scheme, candidate, bag.key.data, budget);
    if (plain !== null) out.push(plain);
  }
  return out;
};

export const pkcs8FromPkcs12 = async (
  bytes: Uint8Array,
  password: string,
  spkiSha256: string,
): Promise<Uint8Array | null> => {
  try {
    const pfx = readPfxStructure(parseDer(bytes, 'The file').node);
    const budget = createBudget();
    let candidates = passwordCandidates(password);
    if (pfx.mac !== null) {
      const match = await findMacPassword(pfx.mac, pfx.macedContent, candidates, budget);
      if (match === null) return null;
      candidates = [match];
    }
    const bags: Bag[] = [];
    for (const entry of pfx.entries) {
      if (entry.kind === 'plain') bags.push(...collectBags(entry.safeContents));
      else if (entry.kind === 'encrypted') bags.push(...(await openContainer(entry, candidates, budget)));
    }
    for (const bag of bags) {
      for (const pkcs8 of await keyCandidates(bag, candidates, budget)) {
        if (spkiHashOf(pkcs8) === spkiSha256) return pkcs8;
        pkcs8.fill(0);
      }
    }
    return null;
  } catch (e) {
    if (e instanceof ReaderFailure) return null;
    throw e;
  }
};
