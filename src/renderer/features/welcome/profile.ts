import { useSyncExternalStore } from 'react';
import type { Environment } from '../../../shared/model/igc-sante.js';
import type { Place } from '../../shell/places.js';

/** Who uses Vigie on this computer, asked at first start ("Qui êtes-vous ?"). */
export const ROLES = ['ps', 'structure', 'it'] as const;
export type Role = (typeof ROLES)[number];

export type Profile = { readonly role: Role; readonly environment: Environment };

type RoleSettings = {
  /** The place the app opens on. */
  home: Place;
  /** Places the navigation lists first, in this order (the others follow in their usual order). */
  first: readonly Place[];
  /** Notification thresholds, days before the end of validity. */
  thresholds: readonly number[];
};

/**
 * What each answer changes. Thresholds: IGC-Santé renews only while the certificate is
 * still valid, and ANS itself mails about 60 days before the end. An IT team runs many
 * server and organisation certificates, each renewal needs a CSR, a platform request and
 * a deployment on servers, often through a change window: it gets a first reminder at 90
 * days. A health professional or a structure renews a handful of certificates, by hand,
 * in one sitting: 60 days is early enough, and a 90-day reminder would only be noise.
 */
export const ROLE_SETTINGS: Readonly<Record<Role, RoleSettings>> = {
  ps: { home: 'certificates', first: ['certificates', 'tokens'], thresholds: [60, 30, 14, 7, 1] },
  structure: { home: 'certificates', first: ['certificates', 'orders'], thresholds: [60, 30, 14, 7, 1] },
  it: { home: 'certificates', first: ['certificates'], thresholds: [90, 60, 30, 14, 7, 1] },
};

/** "À renouveler maintenant" stays the app's usual limit whatever the role. */
export const RENEW_NOW_DAYS = 30;

const STORAGE_KEY = 'vigie.profile';

const isRole = (value: unknown): value is Role => ROLES.includes(value as Role);

/** The stored profile, or null on a first start (or when storage is unavailable or garbled). */
export const readStoredProfile = (): Profile | null => {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    if (raw === null) return null;
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { role, environment } = parsed as Record<string, unknown>;
    if (!isRole(role) || (environment !== 'production' && environment !== 'test')) return null;
    return { role, environment };
  } catch {
    return null;
  }
};

const listeners = new Set<() => void>();
// useSyncExternalStore compares snapshots by identity: keep the parsed value until it changes.
let snapshot: { raw: string | null; profile: Profile | null } | null = null;

const read = (): Profile | null => {
  let raw: string | null;
  try {
    raw = window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return snapshot?.profile ?? null;
  }
  if (snapshot === null || snapshot.raw !== raw) snapshot = { raw, profile: readStoredProfile() };
  return snapshot.profile;
};

export const storeProfile = (profile: Profile): void => {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(profile));
  } catch {
    // Private mode or a locked profile: the choice lasts for this session only.
    snapshot = { raw: JSON.stringify(profile), profile };
  }
  for (const listener of listeners) listener();
};

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The current profile (null until one is chosen); re-renders when it changes. */
export const useProfile = (): Profile | null => useSyncExternalStore(subscribe, read);

/** The navigation's places, the role's first ones on top. */
export const orderedPlaces = <P extends Place>(places: readonly P[], profile: Profile | null): P[] => {
  if (profile === null) return [...places];
  const first = ROLE_SETTINGS[profile.role].first.filter((p): p is P => places.includes(p as P));
  return [...first, ...places.filter((p) => !first.includes(p))];
};
