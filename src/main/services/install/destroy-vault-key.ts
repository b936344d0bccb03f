import type { InstallError } from '../../../shared/model/install.js';
import type { Order } from '../../../shared/model/order.js';
import type { Pkcs12Profile } from '../../../shared/model/retrieve.js';
import { MAX_FILE_BYTES } from '../../../shared/limits.js';
import { err, ok, type Result } from '../../../shared/result.js';
import { readFile as readObjects } from '../../pki/reader/index.js';
import { fail, fromVault, issuedWithKey, pemToDer, type InstallDeps } from './install-deps.js';
import { findKeyLocations } from './key-locations.js';
import { isIoError } from '../../ports/io-error.js';

export type BackupRequest = { password: string; profile: Pkcs12Profile };

export type DestroyOutcome = { order: Order; backupPath: string | null };

/** The backup file opens with its password and holds this key and this certificate. */
const backupReadsBack = async (
  deps: Pick<InstallDeps, 'fs'>,
  path: string,
  password: string,
  order: Order,
): Promise<boolean> => {
  let bytes: Uint8Array;
  try {
    bytes = await deps.fs.readFile(path, MAX_FILE_BYTES);
  } catch (e) {
    if (!isIoError(e)) throw e;
    return false;
  }
  const read = await readObjects(bytes, { password });
  if (!read.ok) return false;
  const spki = order.spkiSha256?.toLowerCase();
  const cert = Buffer.from(pemToDer(order.certificate?.pem ?? ''));
  const hasKey = read.value.objects.some(
    (o) => o.type === 'private-key' && spki !== undefined && o.key.spkiSha256?.toLowerCase() === spki,
  );
  const hasCert = read.value.objects.some((o) => o.type === 'certificate' && cert.equals(Buffer.from(o.der)));
  return hasKey && hasCert;
};

/**
 * Custody step after an install: the vault copy goes, so the key lives in one place. Only
 * once an install was verified and the store still reads back the certificate with its
 * key (deleting the last copy would lose the key). With a backup, the encrypted PKCS#12 is
 * written through custody's export and read back before anything is deleted.
 */
export const destroyVaultKey = async (
  deps: InstallDeps,
  orderId: string,
  backup: BackupRequest | null,
): Promise<Result<DestroyOutcome, InstallError>> => {
  const found = await issuedWithKey(deps, orderId);
  if (!found.ok) return found;
  const { order, keyId } = found.value;
  if (order.state !== 'installed')
    return fail('not-installed', 'Install the certificate and read it back before removing the vault copy.');
  const where = await findKeyLocations(deps, order, await deps.keystore.listTargets());
  const holders = where.stores.filter((s) => s.certificate && s.key);
  if (holders.length === 0)
    return fail('not-installed', 'No store reads back this certificate with its key any more.');

  let backupPath: string | null = null;
  if (backup !== null) {
    const written = await deps.custody.exportPkcs12({ orderId, ...backup });
    if (!written.ok) {
      const code = written.error.code;
      if (code === 'cancelled' || code === 'unavailable' || code === 'vault-locked')
        return fail(code, written.error.message);
      return fail('backup-failed', written.error.message);
    }
    if (!(await backupReadsBack(deps, written.value.path, backup.password, order)))
      return fail('backup-failed', `${written.value.path} does not read back: the vault copy is kept.`);
    backupPath = written.value.path;
    const noted = await deps.orders.annotate(
      orderId,
      `Encrypted PKCS#12 backup (${backup.profile}) written and read back: ${backupPath}`,
    );
    if (!noted.ok) return fail('io-error', noted.error.message);
  }

  const removed = await deps.keys.remove(keyId);
  if (!removed.ok) return err(fromVault(removed.error));
  const noted = await deps.orders.annotate(
    orderId,
    `Vault copy of the private key destroyed; the key lives in: ${holders.map((h) => h.label).join(', ')}`,
    true,
  );
  if (!noted.ok) return fail('io-error', noted.error.message);
  return ok({ order: noted.value, backupPath });
};
