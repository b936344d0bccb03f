import type { VaultError } from '../../../shared/model/vault.js';
import { ok, type Result } from '../../../shared/result.js';
import type { FileSystem } from '../../ports/file-system.js';
import type { StoredKey } from '../../ports/key-store.js';
import { isKeyId } from './key-id.js';
import { readKeyFiles } from './key-record.js';
import { ioErr } from './vault-error.js';

/**
 * What list() found, including what it stepped over. Nothing in the folder can make
 * listing fail: a damaged key is counted, not thrown, so one bad file never hides the rest.
 */
export type KeyListing = {
  keys: StoredKey[];
  skipped: {
    /** A record whose files are damaged, tampered with or incomplete. */
    corrupt: number;
    /** An encrypted key without its record: a crash between the two writes (or the two removes). */
    orphans: number;
    /** Leftovers of an interrupted atomic write (`.name.pid-random.tmp`; swept at the next start). */
    tempFiles: number;
  };
};

const RECORD = /^(.+)\.json$/;
const PRIVATE = /^(.+)\.p8$/;
const TEMP = /^\..+\.tmp$/;

export const listKeyFiles = async (fs: FileSystem, dir: string): Promise<Result<KeyListing, VaultError>> => {
  const listing: KeyListing = { keys: [], skipped: { corrupt: 0, orphans: 0, tempFiles: 0 } };
  let names: string[];
  try {
    if (!(await fs.exists(dir))) return ok(listing);
    names = (await fs.listDir(dir)).filter((e) => e.isFile).map((e) => e.name);
  } catch (e) {
    return ioErr('Listing the vault', e);
  }
  const records = new Set<string>();
  const privates = new Set<string>();
  for (const name of names) {
    if (TEMP.test(name)) listing.skipped.tempFiles++;
    const record = RECORD.exec(name)?.[1];
    if (record !== undefined && isKeyId(record)) records.add(record);
    const priv = PRIVATE.exec(name)?.[1];
    if (priv !== undefined && isKeyId(priv)) privates.add(priv);
  }
  for (const id of privates) if (!records.has(id)) listing.skipped.orphans++;
  for (const id of records) {
    const files = await readKeyFiles(fs, dir, id);
    if (files.ok) listing.keys.push(files.value.key);
    // 'not-found': removed since the folder was listed; nothing to report. An unreadable
    // file counts as damaged: one bad file must not hide the others.
    else if (files.error.code !== 'not-found') listing.skipped.corrupt++;
  }
  listing.keys.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.keyId.localeCompare(b.keyId));
  return ok(listing);
};

export const describeSkipped = (s: KeyListing['skipped']): string | null => {
  const parts = [
    s.corrupt > 0 ? `${s.corrupt} damaged key file(s)` : '',
    s.orphans > 0 ? `${s.orphans} encrypted key(s) without a record` : '',
    s.tempFiles > 0 ? `${s.tempFiles} leftover temporary file(s)` : '',
  ].filter((p) => p.length > 0);
  return parts.length === 0 ? null : `Vault: ignored ${parts.join(', ')}.`;
};
