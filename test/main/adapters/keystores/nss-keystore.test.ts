import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256Hex } from '../../../../src/main/adapters/keystores/cert-facts.js';
import { createNssKeystore } from '../../../../src/main/adapters/keystores/nss/nss-keystore.js';
import {
  createNodeCommandRunner,
  type CommandRunner,
} from '../../../../src/main/adapters/keystores/run-command.js';
import type { OsKeystore } from '../../../../src/main/ports/os-keystore.js';
import { makeTestPki, type TestPki } from './helpers/pki.js';
import { tempDir } from '../../../helpers/temp-dir.js';
import { usePrivateTempRoot } from '../../../../src/main/adapters/private-temp.js';

const newDb = (dir: string): void => {
  mkdirSync(dir, { recursive: true });
  execFileSync('certutil', ['-N', '-d', `sql:${dir}`, '--empty-password']);
};

/** Temp HOME: Firefox with one relative and one absolute profile, no ~/.pki/nssdb yet. */
const makeHome = () => {
  const root = tempDir('vigie-home-');
  const home = join(root, 'home');
  const ff = join(home, '.mozilla', 'firefox');
  const relative = join(ff, 'Profiles', 'abcd1234.default-release');
  const absolute = join(root, 'elsewhere', 'travail');
  newDb(relative);
  newDb(absolute);
  // A stale lock (dead pid) must not block writes.
  symlinkSync('127.0.1.1:+999999999', join(relative, 'lock'));
  writeFileSync(
    join(ff, 'profiles.ini'),
    [
      '[Install4F96D1932A9F858E]',
      'Default=Profiles/abcd1234.default-release',
      '[Profile0]',
      'Name=default-release',
      'IsRelative=1',
      'Path=Profiles/abcd1234.default-release',
      '[Profile1]',
      'Name=travail',
      'IsRelative=0',
      `Path=${absolute}`,
      '[General]',
      'Version=2',
    ].join('\n'),
  );
  return { home, relative, absolute, chromium: join(home, '.pki', 'nssdb') };
};

describe('NSS keystore on real databases', () => {
  let pki: TestPki;
  let privateTmp: string;
  let osTmp: string;
  // Anything in the private folder, and anything of Vigie's in the OS temp folder.
  const leftovers = () => [
    ...readdirSync(privateTmp),
    ...readdirSync(osTmp).filter((name) => name.startsWith('vigie-ks-')),
  ];
  const argvSeen: string[][] = [];
  const realRunner = createNodeCommandRunner();
  const recording: CommandRunner = (cmd, args, options) => {
    argvSeen.push([cmd, ...args]);
    return realRunner(cmd, args, options);
  };

  beforeAll(() => {
    pki = makeTestPki();
    // Temp secrets go to the data folder's private-temp (registered by a core's start):
    // here this folder, so the test can check none is left behind.
    privateTmp = tempDir('vigie-ks-private-');
    usePrivateTempRoot(privateTmp);
    // The shared OS temp folder is never used.
    osTmp = tempDir('vigie-ks-tmp-');
    process.env.TMPDIR = osTmp;
  });
  afterAll(() => usePrivateTempRoot(null));

  it('lists Chromium and both Firefox profiles, creating nothing', async () => {
    const layout = makeHome();
    const store = createNssKeystore({ home: layout.home, runner: recording });
    const targets = await store.listTargets();
    expect(targets.map((t) => [t.label, t.location, t.exists, t.isDefault, t.inUse])).toEqual([
      ['Chromium / Chrome (~/.pki/nssdb)', layout.chromium, false, true, false],
      ['Firefox — profil default-release', layout.relative, true, true, false],
      ['Firefox — profil travail', layout.absolute, true, false, false],
    ]);
    const chromium = await store.list(targets[0]!.id);
    expect(chromium).toEqual({ ok: true, value: [] });
    expect(readdirSync(join(layout.home))).not.toContain('.pki');
  });

  it('installs into every target, reads back cert, key and CA trust, then removes', async () => {
    const layout = makeHome();
    const store: OsKeystore = createNssKeystore({ home: layout.home, runner: recording });
    const leaf = sha256Hex(pki.leafDer);
    const root = sha256Hex(pki.rootDer);
    const intermediate = sha256Hex(pki.intermediateDer);
    for (const target of await store.listTargets()) {
      const installed = await store.installPkcs12(target.id, pki.p12, pki.password, {
        caTrust: [pki.intermediateDer, pki.rootDer],
        nonExportable: true,
      });
      expect(installed).toEqual({
        ok: true,
        value: {
          added: expect.arrayContaining([leaf, root, intermediate]),
          warnings: ['non-exportable-unsupported'],
        },
      });
      expect(await store.verifyInstalled(target.id, leaf)).toEqual({
        ok: true,
        value: { present: true, hasPrivateKey: true, trust: 'u,u,u' },
      });
      expect(await store.verifyInstalled(target.id, root)).toEqual({
        ok: true,
        value: { present: true, hasPrivateKey: false, trust: 'C,C,' },
      });
      const listed = await store.list(target.id);
      if (!listed.ok) throw new Error(listed.error.message);
      const byHash = new Map(listed.value.map((e) => [e.sha256, e]));
      expect(byHash.get(intermediate)?.trust).toBe(',,');
      expect(byHash.get(leaf)?.label).toBe('Service DMP');
      expect(sha256Hex(byHash.get(leaf)!.der)).toBe(leaf);

      expect(await store.remove(target.id, leaf)).toEqual({ ok: true, value: undefined });
      expect(await store.verifyInstalled(target.id, leaf)).toEqual({
        ok: true,
        value: { present: false, hasPrivateKey: false },
      });
      // The key went with the certificate.
      const keys = spawnSync('certutil', ['-K', '-d', `sql:${target.location}`], { encoding: 'utf8' });
      expect(`${keys.stdout}${keys.stderr}`).toMatch(/no keys found/);
      expect((await store.remove(target.id, leaf)).ok).toBe(false);
    }
    const passwordArgs = argvSeen.filter((argv) => argv.some((a) => a.includes(pki.password)));
    expect(passwordArgs).toEqual([]);
    expect(leftovers()).toEqual([]);
  });

  it('says wrong-password and leaves the database untouched', async () => {
    const layout = makeHome();
    const store = createNssKeystore({ home: layout.home, runner: recording });
    const id = `nss:${layout.relative}`;
    const result = await store.installPkcs12(id, pki.p12, 'pas le bon', {
      caTrust: [pki.rootDer],
      nonExportable: false,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'wrong-password' } });
    expect(await store.list(id)).toEqual({ ok: true, value: [] });
    expect(leftovers()).toEqual([]);
  });

  it('refuses to write into a profile Firefox has open', async () => {
    const layout = makeHome();
    symlinkSync(`127.0.1.1:+${process.pid}`, join(layout.absolute, 'lock'));
    const store = createNssKeystore({ home: layout.home, runner: recording });
    const target = (await store.listTargets()).find((t) => t.location === layout.absolute)!;
    expect(target.inUse).toBe(true);
    const result = await store.installPkcs12(target.id, pki.p12, pki.password, {
      caTrust: [],
      nonExportable: false,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'db-locked' } });
    expect((await store.list(target.id)).ok).toBe(true);
  });

  it('says db-protected for a profile with a primary password, without prompting', async () => {
    const layout = makeHome();
    const pwFile = join(layout.home, 'primary.pw');
    writeFileSync(pwFile, 'primary\n');
    for (const file of ['cert9.db', 'key4.db', 'pkcs11.txt']) rmSync(join(layout.absolute, file));
    execFileSync('certutil', ['-N', '-d', `sql:${layout.absolute}`, '-f', pwFile]);
    const store = createNssKeystore({ home: layout.home, runner: recording });
    const result = await store.installPkcs12(`nss:${layout.absolute}`, pki.p12, pki.password, {
      caTrust: [],
      nonExportable: false,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'db-protected' } });
  });

  it('says tool-missing when certutil is not on PATH, not-found for an unknown target', async () => {
    const layout = makeHome();
    const emptyBin = tempDir('vigie-nobin-');
    const store = createNssKeystore({
      home: layout.home,
      runner: createNodeCommandRunner({ env: { PATH: emptyBin } }),
    });
    expect(await store.list(`nss:${layout.relative}`)).toMatchObject({
      ok: false,
      error: { code: 'tool-missing' },
    });
    const install = await store.installPkcs12(`nss:${layout.chromium}`, pki.p12, pki.password, {
      caTrust: [],
      nonExportable: false,
    });
    expect(install).toMatchObject({ ok: false, error: { code: 'tool-missing' } });
    expect(await store.list('nss:/etc')).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
