import type { OsKeystoreError } from '../../../ports/os-keystore.js';
import type { CommandOutcome } from '../run-command.js';
import { excerpt } from '../cert-facts.js';

export type NssCertLine = { nickname: string; trust: string };
export type NssKeyLine = { keyId: string; nickname: string | null };

const TRUST = /^(.*\S)\s+([pPcCTuw]*,[pPcCTuw]*,[pPcCTuw]*)\s*$/;

/** `certutil -L`: a nickname column padded with spaces, then "SSL,S/MIME,JAR/XPI" flags. */
export const parseCertList = (stdout: string): NssCertLine[] => {
  const lines: NssCertLine[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const match = TRUST.exec(line);
    // The header's second line is "SSL,S/MIME,JAR/XPI", which the flag class cannot match.
    if (match?.[1] && match[2] !== undefined) lines.push({ nickname: match[1].trim(), trust: match[2] });
  }
  return lines;
};

/** `certutil -K`: "< 0> rsa      <CKA_ID hex>   <nickname | (orphan)>". */
export const parseKeyList = (stdout: string): NssKeyLine[] => {
  const keys: NssKeyLine[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^<\s*\d+>\s+\S+\s+([0-9a-fA-F]+)\s+(.*?)\s*$/.exec(line);
    if (!match?.[1]) continue;
    const nickname = match[2] ?? '';
    keys.push({ keyId: match[1].toLowerCase(), nickname: nickname === '(orphan)' ? null : nickname });
  }
  return keys;
};

/** NSS tools print NSPR error names; those are stable across versions and locales. */
export const nssError = (outcome: CommandOutcome, tool: string): OsKeystoreError => {
  const detail = excerpt(`${outcome.stderr}\n${outcome.stdout}`);
  if (outcome.failure === 'missing') {
    return { code: 'tool-missing', message: `${tool} is not installed (Debian/Ubuntu: libnss3-tools).` };
  }
  if (outcome.failure === 'timeout') return { code: 'failed', message: `${tool} did not answer in time.` };
  if (outcome.failure === 'output-too-large') return { code: 'failed', message: `${tool} printed too much.` };
  const text = outcome.stderr;
  if (/Failed to authenticate to PKCS11 slot|could not authenticate to token/i.test(text)) {
    return { code: 'db-protected', message: 'The database has a primary password.', detail };
  }
  if (/SEC_ERROR_BAD_PASSWORD|SEC_ERROR_PKCS12_PRIVACY_PASSWORD_INCORRECT/.test(text)) {
    return { code: 'wrong-password', message: 'The PKCS#12 password is wrong.', detail };
  }
  if (/SEC_ERROR_READ_ONLY|database is locked|SQLITE_BUSY|SEC_ERROR_LOCKED/i.test(text)) {
    return { code: 'db-locked', message: 'The database is in use (close the browser).', detail };
  }
  if (/Could not find cert|PR_FILE_NOT_FOUND_ERROR/.test(text)) {
    return { code: 'not-found', message: 'Not found in the database.', detail };
  }
  return { code: 'failed', message: `${tool} failed (exit ${outcome.code}).`, detail };
};
