import type { OsKeystoreError } from '../../../ports/os-keystore.js';
import { excerpt } from '../cert-facts.js';
import type { CommandOutcome } from '../run-command.js';
import { parseJson } from '../../../../shared/parse-text.js';

export type WindowsCert = { friendlyName: string; hasPrivateKey: boolean; der: Uint8Array };

const asDer = (raw: unknown): Uint8Array | null => {
  if (typeof raw === 'string') return new Uint8Array(Buffer.from(raw, 'base64'));
  // Plain `Get-ChildItem | ConvertTo-Json` writes byte[] as an array of numbers.
  if (Array.isArray(raw) && raw.every((b) => Number.isInteger(b) && b >= 0 && b < 256)) {
    return new Uint8Array(raw as number[]);
  }
  return null;
};

/**
 * ConvertTo-Json output: an array, or a bare object when PowerShell unrolled a
 * one-element list, or nothing at all for an empty store.
 */
export const parseCertJson = (stdout: string): WindowsCert[] | null => {
  const text = stdout.replace(/^\uFEFF/, '').trim();
  if (text === '') return [];
  const json = parseJson(text);
  if (!json.ok) return null;
  const parsed = json.value;
  const items = Array.isArray(parsed) ? parsed : [parsed];
  const certs: WindowsCert[] = [];
  for (const item of items) {
    if (typeof item !== 'object' || item === null) return null;
    const record = item as Record<string, unknown>;
    const der = asDer(record.RawData);
    if (!der) return null;
    certs.push({
      friendlyName: typeof record.FriendlyName === 'string' ? record.FriendlyName : '',
      hasPrivateKey: record.HasPrivateKey === true,
      der,
    });
  }
  return certs;
};

/** HRESULTs of the errors users meet; the message text is localised, the code is not. */
// 0x80070056 ERROR_INVALID_PASSWORD (what PFXImportCertStore says); 0x80070002 file not found;
// 0x80070005 E_ACCESSDENIED (a LocalMachine store written without elevation).
const WRONG_PASSWORD = ['0x80070056'];
const NOT_FOUND = ['0x80070002'];
const ACCESS_DENIED = ['0x80070005'];

export const windowsError = (outcome: CommandOutcome): OsKeystoreError => {
  const detail = excerpt(outcome.stderr);
  if (outcome.failure === 'missing') return { code: 'tool-missing', message: 'PowerShell is not available.' };
  if (outcome.failure) return { code: 'failed', message: `PowerShell failed (${outcome.failure}).` };
  const hresult = /VIGIE-ERROR (0x[0-9A-F]{8})/.exec(outcome.stderr)?.[1] ?? '';
  if (WRONG_PASSWORD.includes(hresult)) {
    return { code: 'wrong-password', message: 'The PKCS#12 password is wrong.', detail };
  }
  if (NOT_FOUND.includes(hresult)) return { code: 'not-found', message: 'Not found in the store.', detail };
  if (ACCESS_DENIED.includes(hresult)) {
    return { code: 'access-denied', message: 'This store needs administrator rights.', detail };
  }
  return { code: 'failed', message: `PowerShell failed (exit ${outcome.code}).`, detail };
};

/** The elevation check's answer; null when PowerShell printed anything else (ask again later). */
export const parseElevation = (outcome: CommandOutcome): boolean | null => {
  if (outcome.code !== 0 || outcome.failure) return null;
  const text = outcome.stdout.replace(/^\uFEFF/, '').trim();
  return text === 'True' ? true : text === 'False' ? false : null;
};
