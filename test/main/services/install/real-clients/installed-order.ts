import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { makeCore } from '../../../../helpers/core.js';
import { fixturePki, pemOf, privateKeyPem } from '../../../../helpers/tls-servers.js';
import { IGC } from '../../../../helpers/vectors.js';
import {
  fixtureHierarchy,
  holder,
  issueForCsr,
  PASSPHRASE,
  pem,
  TEST_OU,
} from '../../retrieve/retrieve-fixture.js';
import { makeHome } from '../install-fixture.js';

const ctx = { origin: 'vigie://app' };

/**
 * An ORG_AUTH_CLI TEST order issued by a fixture CA for its vault key and installed as the
 * window does it: the real core (its keystore is the platform's, pointed at a temp HOME by
 * VIGIE_KEYSTORE_HOME), `install.targets` then `install.run` on every store it finds there
 * (Chromium's ~/.pki/nssdb and the Firefox profile named in profiles.ini).
 */
export const installClientOrder = async () => {
  const layout = makeHome();
  const before = process.env['VIGIE_KEYSTORE_HOME'];
  process.env['VIGIE_KEYSTORE_HOME'] = layout.home;
  let made: Awaited<ReturnType<typeof makeCore>>;
  try {
    made = await makeCore({
      trustDirs: [
        { path: join(IGC, 'test'), source: 'test-vectors' },
        { path: join(IGC, 'prod'), source: 'test-vectors' },
      ],
    });
  } finally {
    if (before === undefined) delete process.env['VIGIE_KEYSTORE_HOME'];
    else process.env['VIGIE_KEYSTORE_HOME'] = before;
  }
  const { core } = made;
  const { orders, vault, retrieve } = core.services;
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
  const { root, inter } = await fixtureHierarchy(TEST_OU, 'FIXTURE ');
  const leaf = await issueForCsr(generated.value.csrPem, inter);
  const bytes = new Uint8Array(Buffer.from(pem(leaf.der) + pem(inter.der) + pem(root.der)));
  const seen = await retrieve.analyze({ bytes });
  const sha = (seen.ok && seen.value.certificates[0]?.sha256) || '';
  const kept = await retrieve.confirm({ bytes, certificateSha256: sha, acceptLookAlike: true });
  if (!kept.ok) throw new Error(kept.error.message);

  const { targets } = await core.handlers.install.targets({}, ctx);
  const installed = await core.handlers.install.run(
    { orderId: kept.value.id, targetIds: targets.map((t) => t.id), acceptLookAlike: true },
    ctx,
  );
  if (!installed.ok) throw new Error(installed.error.message);
  const failed = installed.value.results.filter((r) => !r.ok);
  if (failed.length > 0 || installed.value.order.state !== 'installed')
    throw new Error(`install did not verify: ${JSON.stringify(installed.value.results)}`);
  // The stores Vigie found under the temp HOME: Chromium's database and the Firefox profile.
  const chromium = targets.find((t) => t.label.startsWith('Chromium'))?.location;
  const firefox = targets.find((t) => t.label.startsWith('Firefox'))?.location;
  if (!firefox || !chromium) throw new Error(`stores found: ${targets.map((t) => t.label).join(', ')}`);
  return { home: layout.home, firefox, chromium, leaf, inter, root, order: installed.value.order };
};

/**
 * Test setup, not Vigie's work: a TLS server certificate for 127.0.0.1 from a CA of its own,
 * trusted for TLS servers ("C,,") in the given NSS databases so the browsers accept it.
 */
export const trustedServerIdentity = async (databases: string[]) => {
  const pki = await fixturePki('Vigie mTLS test server');
  const leaf = await pki.leaf([], { ips: ['127.0.0.1'] });
  for (const db of databases)
    execFileSync('certutil', ['-A', '-d', `sql:${db}`, '-n', 'vigie-test-server-ca', '-t', 'C,,', '-a'], {
      input: pemOf(pki.root.der),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
  return { key: await privateKeyPem(leaf), cert: pemOf(leaf.der) + pemOf(pki.intermediate.der) };
};
