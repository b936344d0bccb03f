import type { KeyLocations } from '../../../shared/model/install.js';
import type { Order } from '../../../shared/model/order.js';
import type { KeystoreTarget } from '../../ports/os-keystore.js';
import { spkiSha256OfCertificate } from '../../pki/describe/index.js';
import type { InstallDeps } from './install-deps.js';
import { DerError } from '../../../shared/asn1/tlv.js';

const sameKey = (der: Uint8Array, spkiSha256: string | null): boolean => {
  if (spkiSha256 === null) return false;
  try {
    return spkiSha256OfCertificate(der).toLowerCase() === spkiSha256.toLowerCase();
  } catch (e) {
    if (!(e instanceof DerError)) throw e;
    return false; // a store entry we cannot parse is not this key
  }
};

/**
 * Every place this order's key lives: the vault, and each store holding the certificate
 * or another certificate of the same key (SPKI), e.g. installed by hand or by an older
 * renewal. The custody rule wants one place; the UI warns before adding a second.
 */
export const findKeyLocations = async (
  deps: Pick<InstallDeps, 'keys' | 'keystore'>,
  order: Order,
  targets: readonly KeystoreTarget[],
): Promise<KeyLocations> => {
  let vault = false;
  if (order.keyRef !== null && order.keyRef.store === deps.keys.storeId) {
    const listed = await deps.keys.list();
    const keyId = order.keyRef.keyId;
    vault = listed.ok && listed.value.some((k) => k.keyId === keyId);
  }
  const certSha = order.certificate?.sha256.toLowerCase() ?? null;
  const stores: KeyLocations['stores'] = [];
  const unreadable: KeyLocations['unreadable'] = [];
  for (const target of targets) {
    if (!target.exists) continue;
    const entries = await deps.keystore.list(target.id);
    if (!entries.ok) {
      unreadable.push({ targetId: target.id, label: target.label });
      continue;
    }
    const mine = entries.value.filter((e) => e.sha256 === certSha || sameKey(e.der, order.spkiSha256));
    if (mine.length === 0) continue;
    stores.push({
      targetId: target.id,
      label: target.label,
      certificate: mine.some((e) => e.sha256 === certSha),
      key: mine.some((e) => e.hasPrivateKey),
    });
  }
  return { vault, stores, unreadable };
};
