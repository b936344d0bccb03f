import type { TokenRef } from '../model/token.js';

/**
 * An order whose key was made on a card or token names it in `keyRef.store` as
 * `pkcs11:<serial>@<module path>` (the serial first: it never holds an '@', a path may).
 */
const PREFIX = 'pkcs11:';

export const tokenStoreId = (ref: TokenRef): string => `${PREFIX}${ref.serial}@${ref.module}`;

/** The token an order's key is on, or null for a key in the vault (or none). */
export const tokenOfKeyRef = (keyRef: { store: string } | null): TokenRef | null => {
  if (keyRef === null || !keyRef.store.startsWith(PREFIX)) return null;
  const rest = keyRef.store.slice(PREFIX.length);
  const at = rest.indexOf('@');
  if (at <= 0 || at === rest.length - 1) return null;
  return { serial: rest.slice(0, at), module: rest.slice(at + 1) };
};
