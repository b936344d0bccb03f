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
 * is listed as not usable (`inUse`) rather than hidden.
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
  },
  {
    id: WINDOWS_TARGET_IDS.LocalMachine,
    kind: 'windows-store',
    // The label says why the store may be disabled: the UI's in-use note speaks of Firefox.
    label: 'Windows — LocalMachine\\My (administrator)',
    location: storePath('LocalMachine', 'My'),
    exists: true,
    isDefault: false,
    inUse: !elevated,
  },
];
