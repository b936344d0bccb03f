import { useCallback, useEffect, useState } from 'react';
import type { VaultStatus } from '../../../shared/model/vault.js';
import { useApi } from '../../api-context.js';

export type VaultState =
  { status: 'loading' } | { status: 'ready'; vault: VaultStatus } | { status: 'failed'; message: string };

/**
 * How the key vault is protected right now, asked when `enabled` becomes true (so the
 * answer is fresh when the keys step opens); `reload` asks main again.
 */
export const useVaultStatus = (enabled: boolean) => {
  const api = useApi();
  const [state, setState] = useState<VaultState>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  /** Setup and unlock answer with the new status: no second round trip. */
  const replace = useCallback((vault: VaultStatus) => setState({ status: 'ready', vault }), []);

  useEffect(() => {
    if (!enabled) return;
    let live = true;
    api.vault.status({}).then(
      (vault) => live && setState({ status: 'ready', vault }),
      (cause: unknown) =>
        live &&
        setState({ status: 'failed', message: cause instanceof Error ? cause.message : String(cause) }),
    );
    return () => {
      live = false;
    };
  }, [api, version, enabled]);

  return { state, reload, replace };
};

/** Keys can be generated: the vault is set up and open. */
export const vaultUsable = (vault: VaultStatus): boolean => vault.mode !== 'not-set-up' && !vault.locked;
