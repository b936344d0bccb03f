import type { KeystoreTarget } from '../../../ports/os-keystore.js';
import { storePath, type StoreLocation } from './powershell-scripts.js';

export const WINDOWS_TARGET_IDS = {
  CurrentUser: 'windows:CurrentUser\\My',
  LocalMachine: 'windows:LocalMachine\\My',
} as const satisfies Record<StoreLocation, string>;

export const locationOf = (targetId: string): StoreLocation | null =>
  targetId === WINDOWS_TARGET_IDS.CurrentUser
    ? 'CurrentUser'
    : targetId === WINDOWS_TARGET_IDS.LocalMachine
      ? 'LocalMachine'
      : null;

/**
 * CurrentUser\My is the user's own store (Edge, Chrome, most Windows software) and the
 * default. LocalMachine\My serves services and every user of a shared workstation; any
 * user may read it, but only an elevated process may write it, so without elevation it
 * is listed as needing an administrator (`needsAdmin`) rather than hidden.
 */
export const windowsTargets = (elevated: boolean): KeystoreTarget[] => [
  {
    id: WINDOWS_TARGET_IDS.CurrentUser,
    kind: 'windows-store',
    label: 'Windows — CurrentUser\\My',
    location: storePath('CurrentUser', 'My'),
    exists: true,
    isDefault: true,
    inUse: false,
    needsAdmin: false,
  },
  {
    id: WINDOWS_TARGET_IDS.LocalMachine,
    kind: 'windows-store',
    label: 'Windows — LocalMachine\\My',
    location: storePath('LocalMachine', 'My'),
    exists: true,
    isDefault: false,
    inUse: false,
    needsAdmin: !elevated,
  },
];
