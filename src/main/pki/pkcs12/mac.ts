import { createHmac, timingSafeEqual } from 'node:crypto';
import { pbkdf2Derive } from '../crypto/pbe-decrypt.js';
import type { PasswordCandidate } from '../crypto/password.js';
import { hashOutputLength, pkcs12Kdf } from '../crypto/pkcs12-kdf.js';
import type { WorkBudget } from '../crypto/work-budget.js';
import type { MacSpec } from './pfx-structure.js';

/**
 * Checks the PKCS#12 integrity MAC with each password candidate in turn. The classic MAC
 * keys HMAC with the PKCS#12 KDF (ID 3, BMPString password); PBMAC1 (RFC 9579) keys it
 * with PBKDF2 over the UTF-8 password.
 */

const macMatches = (key: Uint8Array, hash: string, content: Uint8Array, expected: Uint8Array): boolean => {
  const actual = createHmac(hash, key).update(content).digest();
  return actual.length === expected.length && timingSafeEqual(actual, expected);
};

export const findMacPassword = async (
  mac: MacSpec,
  content: Uint8Array,
  candidates: readonly PasswordCandidate[],
  budget: WorkBudget,
): Promise<PasswordCandidate | null> => {
  const tried = new Set<string>();
  for (const candidate of candidates) {
    // "" and the absent password share their UTF-8 form: PBMAC1 need not hash it twice.
    const material = mac.kind === 'hmac' ? candidate.bmp : candidate.utf8;
    const id = Buffer.from(material).toString('hex');
    if (tried.has(id)) continue;
    tried.add(id);
    const key =
      mac.kind === 'hmac'
        ? await pkcs12Kdf(
            mac.hash,
            candidate.bmp,
            mac.salt,
            3,
            mac.iterations,
            hashOutputLength(mac.hash),
            budget,
          )
        : await pbkdf2Derive(candidate.utf8, mac.kdf, mac.keyLength, budget);
    if (macMatches(key, mac.kind === 'hmac' ? mac.hash : mac.hmac, content, mac.digest)) return candidate;
  }
  return null;
};
