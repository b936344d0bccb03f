import type { Pkcs12Summary } from '../../../shared/model/inspection.js';
import type { Tlv } from '../../../shared/asn1/tlv.js';
import { decryptWithScheme } from '../crypto/pbe-decrypt.js';
import { passwordCandidates, type PasswordCandidate } from '../crypto/password.js';
import type { WorkBudget } from '../crypto/work-budget.js';
import { schemaBudget, type SchemaBudget } from '../asn1/schema-parse.js';
import { throwReadFailure, ReaderFailure } from '../reader/read-error.js';
import type { Warning } from '../reader/types.js';
import { bagsToObjects, type Unlock } from './bag-objects.js';
import { findMacPassword } from './mac.js';
import { readPfxStructure, type AuthSafeEntry } from './pfx-structure.js';
import { collectBags, type Bag } from './safe-bags.js';

/**
 * PKCS#12 reading policy:
 * - no password: show what is not encrypted (certificates marked unverified), list locked
 *   keys, and still try "" and the absent password, which "no password" files use;
 * - a password: the MAC must verify with it (else 'wrong-password'), then everything opens.
 */

export type Pkcs12Result = {
  objects: import('../reader/types.js').ReadObject[];
  warnings: Warning[];
  summary: Pkcs12Summary;
};

const WRONG_PASSWORD =
  'The password is wrong. (The file integrity check failed with it; if you are sure of the password, the file is damaged.)';

const PASSWORD_FIRST =
  'This PKCS#12 file is protected by a password and shows nothing without it: enter the password to read its certificates.';

const tryDecrypt = async (
  entry: Extract<AuthSafeEntry, { kind: 'encrypted' }>,
  candidates: readonly PasswordCandidate[],
  budget: WorkBudget,
  elements: SchemaBudget,
): Promise<Bag[] | null> => {
  for (const candidate of candidates) {
    const plain = await decryptWithScheme(entry.scheme, candidate, entry.data, budget);
    if (plain === null) continue;
    try {
      return collectBags(plain, elements);
    } catch (e) {
      // Garbage after decryption (RC4, or padding that happened to look right): wrong key.
      if (e instanceof ReaderFailure && (e.error.code === 'malformed' || e.error.code === 'truncated'))
        continue;
      throw e;
    }
  }
  return null;
};

export const readPkcs12 = async (
  pfxNode: Tlv,
  password: string | undefined,
  budget: WorkBudget,
): Promise<Pkcs12Result> => {
  // One allowance of ASN.1 elements for the whole file, as `budget` is for password hashing.
  const elements = schemaBudget();
  const pfx = readPfxStructure(pfxNode, elements);
  const given = password !== undefined;
  const candidates = passwordCandidates(password ?? '');
  const warnings: Warning[] = [];
  const encryption = new Set<string>();

  let integrity: Pkcs12Summary['integrity'] = 'none';
  let unlock: Unlock = { candidates, mustOpen: given };
  if (pfx.mac !== null) {
    const match = await findMacPassword(pfx.mac, pfx.macedContent, candidates, budget);
    if (match === null && given) throwReadFailure('wrong-password', WRONG_PASSWORD);
    integrity = match === null ? 'not-verified' : 'verified';
    // Once the MAC has spoken, only the password it accepted is used for the contents.
    unlock = { candidates: match === null ? [] : [match], mustOpen: false };
  }

  const bags: Bag[] = [];
  let lockedContainers = 0;
  for (const entry of pfx.entries) {
    if (entry.kind === 'plain') {
      bags.push(...collectBags(entry.safeContents, elements));
    } else if (entry.kind === 'unsupported') {
      warnings.push({
        code: 'pkcs12-unsupported-container',
        message: `Part of this PKCS#12 file cannot be read: ${entry.reason}.`,
      });
    } else {
      encryption.add(entry.scheme.name);
      const opened =
        unlock.candidates.length > 0 ? await tryDecrypt(entry, unlock.candidates, budget, elements) : null;
      if (opened !== null) bags.push(...opened);
      else if (unlock.mustOpen) throwReadFailure('wrong-password', WRONG_PASSWORD);
      else lockedContainers++;
    }
  }

  const built = await bagsToObjects(bags, unlock, integrity === 'verified', budget);
  built.encryption.forEach((name) => encryption.add(name));
  warnings.push(...built.warnings);
  if (lockedContainers > 0) {
    warnings.push({
      code: 'pkcs12-encrypted-content',
      message: `${lockedContainers} encrypted part(s) of this file (usually certificates) can only be read with the password.`,
    });
  }
  const passwordRequired = integrity === 'not-verified' || lockedContainers > 0 || built.lockedKeys > 0;
  if (!given && passwordRequired && !built.objects.some((o) => o.type === 'certificate')) {
    // Every certificate is behind the password: an empty report (or a lone locked key)
    // would say nothing useful, so ask for the password like any other locked file.
    throwReadFailure('password-required', PASSWORD_FIRST, {
      encryptedParts: lockedContainers,
      lockedKeys: built.lockedKeys,
    });
  }
  if (integrity === 'not-verified') {
    warnings.unshift({
      code: 'password-required',
      message:
        'This PKCS#12 file is protected by a password. The certificates shown are not verified yet; enter the password to check the file and open its private key.',
    });
  }
  const summary: Pkcs12Summary = {
    integrity,
    passwordRequired,
    encryption: [...encryption],
    macAlgorithm: pfx.mac?.name ?? null,
    macIterations:
      pfx.mac === null ? null : pfx.mac.kind === 'hmac' ? pfx.mac.iterations : pfx.mac.kdf.iterations,
  };
  return { objects: built.objects, warnings, summary };
};
