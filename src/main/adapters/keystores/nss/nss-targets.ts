import { access, readFile, readlink, realpath } from 'node:fs/promises';
import { join } from 'node:path';
import type { KeystoreTarget } from '../../../ports/os-keystore.js';
import { parseProfilesIni } from './profiles-ini.js';

/** Firefox installs that keep their profiles in their own folder (classic, XDG, Snap, Flatpak). */
const FIREFOX_ROOTS: Array<{ path: string[]; flavour: string }> = [
  { path: ['.mozilla', 'firefox'], flavour: '' },
  { path: ['.config', 'mozilla', 'firefox'], flavour: '' },
  { path: ['snap', 'firefox', 'common', '.mozilla', 'firefox'], flavour: ' (Snap)' },
  { path: ['.var', 'app', 'org.mozilla.firefox', '.mozilla', 'firefox'], flavour: ' (Flatpak)' },
];

const MAX_INI_BYTES = 256 * 1024;

const exists = async (path: string): Promise<boolean> =>
  access(path).then(
    () => true,
    () => false,
  );

/**
 * Firefox on Linux leaves a `lock` symlink to "host:+pid" while a profile is open. A
 * running Firefox keeps its own view of the database, so writes behind its back are
 * refused (the user closes Firefox first). A stale link (dead pid) does not count.
 */
export const profileInUse = async (dir: string): Promise<boolean> => {
  try {
    const pid = Number(/\+(\d+)$/.exec(await readlink(join(dir, 'lock')))?.[1]);
    if (!Number.isSafeInteger(pid) || pid <= 0) return false;
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else; still a live lock.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const firefoxTargets = async (home: string): Promise<KeystoreTarget[]> => {
  const targets: KeystoreTarget[] = [];
  for (const root of FIREFOX_ROOTS) {
    const iniDir = join(home, ...root.path);
    let text: string;
    try {
      const bytes = await readFile(join(iniDir, 'profiles.ini'));
      if (bytes.length > MAX_INI_BYTES) continue;
      text = bytes.toString('utf8');
    } catch (e) {
      // No profiles.ini there (this Firefox flavour is not installed) or it is unreadable.
      if (!(e instanceof Error && 'code' in e && typeof e.code === 'string')) throw e;
      continue;
    }
    for (const profile of parseProfilesIni(text, iniDir)) {
      if (!(await exists(profile.dir))) continue;
      targets.push({
        id: `nss:${profile.dir}`,
        kind: 'nss',
        label: `Firefox${root.flavour} — profil ${profile.name}`,
        location: profile.dir,
        exists: await exists(join(profile.dir, 'cert9.db')),
        isDefault: profile.isDefault,
        inUse: await profileInUse(profile.dir),
        needsAdmin: false,
      });
    }
  }
  return targets;
};

/** Chromium and Chrome on Linux share ~/.pki/nssdb (Snap Chromium has its own). */
const chromiumTargets = async (home: string): Promise<KeystoreTarget[]> => {
  const shared = join(home, '.pki', 'nssdb');
  const targets: KeystoreTarget[] = [
    {
      id: `nss:${shared}`,
      kind: 'nss',
      label: 'Chromium / Chrome (~/.pki/nssdb)',
      location: shared,
      exists: await exists(join(shared, 'cert9.db')),
      isDefault: true,
      inUse: false,
      needsAdmin: false,
    },
  ];
  const snap = join(home, 'snap', 'chromium', 'current', '.pki', 'nssdb');
  if (await exists(join(snap, 'cert9.db'))) {
    targets.push({
      id: `nss:${snap}`,
      kind: 'nss',
      label: 'Chromium (Snap)',
      location: snap,
      exists: true,
      isDefault: false,
      inUse: false,
      needsAdmin: false,
    });
  }
  return targets;
};

/** Every NSS database of this user; the same folder reached twice (symlinks) is listed once. */
export const listNssTargets = async (home: string): Promise<KeystoreTarget[]> => {
  const all = [...(await chromiumTargets(home)), ...(await firefoxTargets(home))];
  const seen = new Set<string>();
  const unique: KeystoreTarget[] = [];
  for (const target of all) {
    const real = await realpath(target.location).catch(() => target.location);
    if (seen.has(real)) continue;
    seen.add(real);
    unique.push(target);
  }
  return unique;
};
