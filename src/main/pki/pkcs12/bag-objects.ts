import { encoded } from '../../../shared/asn1/tlv.js';
import { ownBytes } from '../asn1/elements.js';
import type { PasswordCandidate } from '../crypto/password.js';
import type { WorkBudget } from '../crypto/work-budget.js';
import { openEncryptedPkcs8 } from '../keys/encrypted-pkcs8.js';
import { lockedKeyView } from '../keys/key-view.js';
import { viewPlainKey } from '../keys/plain-key.js';
import { throwReadFailure } from '../reader/read-error.js';
import type { ReadObject, Warning } from '../reader/types.js';
import { checkCertificate, checkCrl } from '../x509/signed-objects.js';
import type { Bag } from './safe-bags.js';

/** Which passwords may open encrypted bags, and whether failing to is an error. */
export type Unlock = { readonly candidates: readonly PasswordCandidate[]; readonly mustOpen: boolean };

export type BuiltObjects = {
  objects: ReadObject[];
  warnings: Warning[];
  encryption: string[];
  lockedKeys: number;
};

export const bagsToObjects = async (
  bags: readonly Bag[],
  unlock: Unlock,
  verified: boolean,
  budget: WorkBudget,
): Promise<BuiltObjects> => {
  const out: BuiltObjects = { objects: [], warnings: [], encryption: [], lockedKeys: 0 };
  const skipped: string[] = [];
  for (const bag of bags) {
    switch (bag.kind) {
      case 'certificate':
        checkCertificate(bag.node);
        out.objects.push({ type: 'certificate', der: ownBytes(encoded(bag.node)), verified, ...bag.attrs });
        break;
      case 'crl':
        checkCrl(bag.node);
        out.objects.push({ type: 'crl', der: ownBytes(encoded(bag.node)) });
        break;
      case 'key':
        out.objects.push({ type: 'private-key', key: viewPlainKey(bag.node, 'pkcs8'), ...bag.attrs });
        break;
      case 'shrouded-key': {
        if (bag.key === null) {
          out.warnings.push({
            code: 'pkcs12-unsupported-key',
            message: bag.unsupported ?? 'A private key uses an unsupported encryption.',
          });
          out.objects.push({ type: 'private-key', key: lockedKeyView(), ...bag.attrs });
          out.lockedKeys++;
          break;
        }
        out.encryption.push(bag.key.scheme.name);
        const opened =
          unlock.candidates.length > 0 ? await openEncryptedPkcs8(bag.key, unlock.candidates, budget) : null;
        if (opened === null && unlock.mustOpen)
          throwReadFailure(
            'wrong-password',
            'The password is wrong: the private key could not be decrypted with it.',
          );
        if (opened === null && verified) {
          out.warnings.push({
            code: 'pkcs12-key-password',
            message: 'The private key is protected by a different password than the file; it stays locked.',
          });
        }
        if (opened === null) out.lockedKeys++;
        out.objects.push({ type: 'private-key', key: opened?.view ?? lockedKeyView(), ...bag.attrs });
        break;
      }
      case 'skipped':
        skipped.push(bag.reason);
        break;
    }
  }
  if (skipped.length > 0) {
    out.warnings.push({ code: 'pkcs12-skipped', message: `Not shown: ${skipped.join(', ')}.` });
  }
  return out;
};
