import type { OsKeystoreError } from '../../../ports/os-keystore.js';
import { excerpt, pemCertificates } from '../cert-facts.js';
import type { CommandOutcome } from '../run-command.js';

/** `security find-certificate -a -Z -p`: hash lines then a PEM block, per certificate. */
export const parseFindCertificate = (stdout: string): Uint8Array[] => pemCertificates(stdout);

/**
 * `security find-identity <keychain>` (no -v): every certificate that has its private key,
 * valid or not, as `  1) <SHA-1> "<label>"…`. Returns upper-case SHA-1s.
 */
export const parseFindIdentity = (stdout: string): Set<string> => {
  const sha1s = new Set<string>();
  for (const match of stdout.matchAll(/^\s*\d+\)\s+([0-9A-Fa-f]{40})\s/gm)) {
    if (match[1]) sha1s.add(match[1].toUpperCase());
  }
  return sha1s;
};

/** errSecDuplicateItem: importing what is already there is not a failure. */
export const isDuplicate = (outcome: CommandOutcome): boolean =>
  /already exists|-25299/i.test(outcome.stderr);

export const securityError = (outcome: CommandOutcome): OsKeystoreError => {
  const detail = excerpt(outcome.stderr);
  if (outcome.failure === 'missing')
    return { code: 'tool-missing', message: '/usr/bin/security is missing.' };
  if (outcome.failure) return { code: 'failed', message: `security failed (${outcome.failure}).` };
  const text = outcome.stderr;
  if (
    /MAC verification failed|passphrase you entered is not correct|wrong password|-25264|-25293/i.test(text)
  ) {
    return { code: 'wrong-password', message: 'The PKCS#12 password is wrong.', detail };
  }
  if (/keychain could not be found|could not be found in the keychain|-25300|-25294/i.test(text)) {
    return { code: 'not-found', message: 'Not found in the keychain.', detail };
  }
  if (/interaction is not allowed|keychain is locked|-25308/i.test(text)) {
    return { code: 'db-locked', message: 'The keychain is locked.', detail };
  }
  return { code: 'failed', message: `security failed (exit ${outcome.code}).`, detail };
};
