import type { Environment } from '../../../shared/model/igc-sante.js';
import type { TrustReadBack } from '../../../shared/model/install.js';
import type { KeystoreTarget, OsKeystore } from '../../ports/os-keystore.js';
import type { TrustService } from '../trust/trust-service.js';

export type CaToTrust = { der: Uint8Array; sha256: string; role: 'root' | 'intermediate' };

/**
 * The IGC-Santé CAs a store needs to trust this order's certificate chain and the ANS
 * services: every pinned CA of the order's environment the trust store holds, never the
 * other environment's (a TEST anchor must not vouch for production, nor the reverse).
 */
export const casForEnvironment = async (
  trust: Pick<TrustService, 'list'>,
  environment: Environment,
): Promise<CaToTrust[]> => {
  const seen = new Set<string>();
  const out: CaToTrust[] = [];
  for (const ca of await trust.list()) {
    if (ca.pinned.environment !== environment || seen.has(ca.pinned.sha256)) continue;
    seen.add(ca.pinned.sha256);
    out.push({ der: ca.der, sha256: ca.pinned.sha256.toLowerCase(), role: ca.pinned.role });
  }
  return out;
};

/**
 * Reads the CAs back. NSS shows trust flags: a root must be a trusted CA ("C" for TLS),
 * an intermediate only needs to be there. The Windows adapter reads CurrentUser\My, not
 * the Root/CA stores it wrote the CAs to, so there the answer is 'unchecked', not a guess.
 */
export const readBackTrust = async (
  keystore: OsKeystore,
  target: KeystoreTarget,
  cas: readonly CaToTrust[],
): Promise<TrustReadBack> => {
  if (cas.length === 0) return 'none';
  if (target.kind === 'windows-store') return 'unchecked';
  for (const ca of cas) {
    const state = await keystore.verifyInstalled(target.id, ca.sha256);
    if (!state.ok || !state.value.present) return 'missing';
    if (target.kind === 'nss' && ca.role === 'root' && !(state.value.trust ?? '').startsWith('C'))
      return 'missing';
  }
  return 'verified';
};
