import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createNssKeystore } from '../../../../src/main/adapters/keystores/nss/nss-keystore.js';
import { createNodeCommandRunner } from '../../../../src/main/adapters/keystores/run-command.js';
import { createInstallService } from '../../../../src/main/services/install/index.js';
import { nodeFileSystem } from '../../../../src/main/adapters/node-file-system.js';
import { makeCore } from '../../../helpers/core.js';
import { IGC } from '../../../helpers/vectors.js';
import {
  fixtureHierarchy,
  holder,
  issueForCsr,
  PASSPHRASE,
  pem,
  TEST_OU,
} from '../retrieve/retrieve-fixture.js';
import { tempDir } from '../../../helpers/temp-dir.js';

export const newDb = (dir: string): void => {
  mkdirSync(dir, { recursive: true });
  execFileSync('certutil', ['-N', '-d', `sql:${dir}`, '--empty-password']);
};

/** A temp HOME with the shared Chromium database and one Firefox profile. */
export const makeHome = () => {
  const home = tempDir('vigie-install-home-');
  const chromium = join(home, '.pki', 'nssdb');
  const ff = join(home, '.mozilla', 'firefox');
  const firefox = join(ff, 'abcd1234.default-release');
  newDb(chromium);
  newDb(firefox);
  writeFileSync(
    join(ff, 'profiles.ini'),
    ['[Profile0]', 'Name=default-release', 'IsRelative=1', 'Path=abcd1234.default-release', 'Default=1'].join(
      '\n',
    ),
  );
  return { home, chromium, firefox };
};

/** certutil's own view of a database (the read-back the test trusts, not the adapter's). */
export const certutil = (db: string, ...args: string[]): string => {
  try {
    return execFileSync('certutil', [...args, '-d', `sql:${db}`], { encoding: 'utf8', stdio: 'pipe' });
  } catch (e) {
    const failed = e as { stdout?: string; stderr?: string };
    return `${failed.stdout ?? ''}${failed.stderr ?? ''}`;
  }
};

/**
 * A TEST order issued by the fixture CA for its vault key, a core whose trust store holds
 * the real pinned IGC-Santé CAs of both environments, and the install service on real
 * NSS databases under a temp HOME.
 */
export const installedSetup = async () => {
  const made = await makeCore({
    trustDirs: [
      { path: join(IGC, 'test'), source: 'test-vectors' },
      { path: join(IGC, 'prod'), source: 'test-vectors' },
    ],
  });
  const { orders, vault, retrieve, custody, trust } = made.core.services;
  const set = await vault.setup({ mode: 'passphrase', passphrase: PASSPHRASE });
  if (!set.ok) throw new Error(set.error.message);
  const created = await orders.create({
    product: 'ORG_AUTH_CLI',
    environment: 'test',
    holder,
    projects: ['INSI'],
    keyBits: 2048,
  });
  if (!created.ok) throw new Error(created.error.message);
  const generated = await orders.generateKey(created.value.id);
  if (!generated.ok || !generated.value.csrPem) throw new Error('no CSR');
  // Not named like the real TEST CAs the trust store holds, or the chain would try them.
  const { root, inter } = await fixtureHierarchy(TEST_OU, 'FIXTURE ');
  const leaf = await issueForCsr(generated.value.csrPem, inter);
  const bytes = new Uint8Array(Buffer.from(pem(leaf.der) + pem(inter.der) + pem(root.der)));
  const seen = await retrieve.analyze({ bytes });
  const sha = (seen.ok && seen.value.certificates[0]?.sha256) || '';
  // A fixture CA is not the IGC-Santé: keeping its certificate needs the explicit consent.
  const kept = await retrieve.confirm({ bytes, certificateSha256: sha, acceptLookAlike: true });
  if (!kept.ok) throw new Error(kept.error.message);

  const layout = makeHome();
  const keystore = createNssKeystore({ home: layout.home, runner: createNodeCommandRunner() });
  const install = createInstallService({
    orders,
    keys: vault,
    trust,
    keystore,
    custody,
    fs: nodeFileSystem,
    clock: { now: () => new Date() },
  });
  return { ...made, layout, keystore, install, order: kept.value, leaf };
};
