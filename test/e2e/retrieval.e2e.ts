import { expect, test } from '@playwright/test';
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importSpki } from '../helpers/fixture-ca.js';
import { CrlReason, startFixturePki, type FixturePki } from '../helpers/fixture-pki-server.js';
import { ROOT, startBridgeProcess, type RunningBridge } from './bridge-fixture.js';
import { bridgeIpc, createTestOrder, dropRetrieved } from './bridge-calls.js';

const SHOTS = join(ROOT, 'test-results', 'e2e');
// A loopback CA named like the IGC-Santé TEST organisations CA (it is not pinned, so the
// chain shows "unknown anchor": the real pinned chain is covered by the inspector tests).
const CA_NAME =
  'C=FR, O=ASIP-SANTE, OU=0002 187512751, OU=IGC-SANTE TEST, CN=TEST AC IGC-SANTE ELEMENTAIRE ORGANISATIONS';
const P12_PASSWORD = 'mot-de-passe-export-2026';

let bridge: RunningBridge;
let pki: FixturePki;
let home: string;
let firefoxProfile: string;
/** Temp folders this file made (fixture anchor, home with NSS databases), removed at the end. */
const madeDirs: string[] = [];
test.beforeAll(async () => {
  pki = await startFixturePki({ caName: CA_NAME });
  // The loopback CA is trusted for this dev session only (VIGIE_DEV_ANCHORS), so the chain
  // can be shown valid end to end; the app itself only trusts pinned IGC-Santé CAs.
  const work = mkdtempSync(join(tmpdir(), 'vigie-e2e-retrieve-'));
  madeDirs.push(work);
  writeFileSync(join(work, 'fixture-ca.pem'), pemOf(pki.ca.der));
  // A user's home as Firefox leaves it: profiles.ini and one profile with its NSS database.
  home = join(work, 'home');
  firefoxProfile = join(home, '.mozilla', 'firefox', 'abcd1234.default-release');
  mkdirSync(firefoxProfile, { recursive: true });
  writeFileSync(
    join(home, '.mozilla', 'firefox', 'profiles.ini'),
    '[Profile0]\nName=default-release\nIsRelative=1\nPath=abcd1234.default-release\nDefault=1\n\n[General]\nStartWithLastProfile=1\nVersion=2\n',
  );
  expect(spawnSync('certutil', ['-N', '-d', `sql:${firefoxProfile}`, '--empty-password']).status).toBe(0);
  bridge = await startBridgeProcess({
    VIGIE_DEV_ANCHORS: join(work, 'fixture-ca.pem'),
    VIGIE_KEYSTORE_HOME: home,
  });
});
test.afterAll(async () => {
  await bridge?.stop();
  await pki?.close();
  for (const dir of madeDirs) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
});

const ipc = bridgeIpc(() => bridge);

const pemOf = (der: Uint8Array) =>
  `-----BEGIN CERTIFICATE-----\n${Buffer.from(der)
    .toString('base64')
    .replace(/(.{64})/g, '$1\n')}\n-----END CERTIFICATE-----\n`;

test('retrieve the issued certificate, keep it, export it, and see a revocation', async ({ page }) => {
  test.setTimeout(120_000);
  // An order as the wizard makes it (covered in ordering.e2e.ts), then the platform's answer.
  const orderId = await createTestOrder(ipc);
  const exported = await ipc<{ ok: boolean; value: { pem: string } }>('orders.exportCsr', {
    orderId,
  });
  const csr = new x509.Pkcs10CertificateRequest(exported.value.pem);
  const leaf = await pki.issueLeaf({
    crlUrls: [pki.crlUrl],
    publicKey: await importSpki(new Uint8Array(csr.publicKey.rawData)),
    subjectDer: new Uint8Array(csr.subjectName.toArrayBuffer()),
    extensions: [
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension(['1.3.6.1.5.5.7.3.2']),
    ],
  });
  const issued = pemOf(leaf.der) + pemOf(pki.ca.der);

  await page.goto(bridge.url);
  await dropRetrieved(page, issued, 'certificat.pem');
  const card = page.getByTestId('retrieved-card');
  await expect(card).toBeVisible();
  await expect(card.getByTestId('matches-exactly')).toBeVisible();
  await expect(card.getByTestId('revocation-status')).toContainText(/valide/i);
  await expect(card.getByTestId('chain-status')).toContainText(/valide/i);
  // The dev-only fixture anchor makes the chain valid, never the certificate IGC-Santé:
  // the card says it is a look-alike, and keeping it needs the explicit consent.
  await expect(card.getByTestId('look-alike')).toContainText(/n’a pas été émis par l’IGC-Santé/);
  await page.getByTestId('revocation-code').fill('CODE-REVOC-4242');
  await expect(page.getByTestId('retrieve-confirm')).toBeDisabled();
  await page.getByTestId('accept-look-alike').check();
  await page.screenshot({ path: join(SHOTS, 'retrieve-1-analysis.png'), fullPage: true });
  await page.getByTestId('retrieve-confirm').click();
  await expect(page.getByTestId('retrieve-done')).toBeVisible();

  // Export a PKCS#12 for a recent system; OpenSSL and NSS both take it.
  await page.getByTestId('nav-orders').click();
  await page.getByTestId('order-row').first().getByTestId('order-export-p12').click();
  await page.getByTestId('export-profile-modern').click();
  await page.getByTestId('export-password').fill(P12_PASSWORD);
  await page.getByTestId('export-password-again').fill(P12_PASSWORD);
  await page.getByTestId('export-confirm').click();
  await expect(page.getByTestId('export-saved')).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'retrieve-2-export.png'), fullPage: true });
  const exportsDir = join(bridge.dataDir, 'exports');
  const p12 = readdirSync(exportsDir).find((f) => f.endsWith('.p12'));
  expect(p12).toBeDefined();
  const file = join(exportsDir, p12!);
  const openssl = spawnSync('openssl', ['pkcs12', '-in', file, '-passin', `pass:${P12_PASSWORD}`, '-noout'], {
    encoding: 'utf8',
  });
  expect(openssl.status, openssl.stderr).toBe(0);
  const nssdb = mkdtempSync(join(tmpdir(), 'vigie-e2e-nss-'));
  madeDirs.push(nssdb);
  expect(spawnSync('certutil', ['-N', '-d', `sql:${nssdb}`, '--empty-password']).status).toBe(0);
  const imported = spawnSync('pk12util', ['-i', file, '-d', `sql:${nssdb}`, '-W', P12_PASSWORD], {
    encoding: 'utf8',
  });
  expect(`${imported.stdout}${imported.stderr}`).toMatch(/SUCCESSFUL/);

  // Install into the user's browsers: Firefox's profile and Chromium's NSS database, each
  // read back; then the vault copy is removed (the key now lives in the stores).
  await page.keyboard.press('Escape');
  await page.getByTestId('order-row').first().getByTestId('order-install').click();
  await expect(page.getByRole('dialog')).toHaveCount(1);
  for (const box of ['install-target-0', 'install-target-1']) {
    await expect(page.getByTestId(box)).toBeEnabled();
    await page.getByTestId(box).click();
    await expect(page.getByTestId(box)).toBeChecked();
  }
  // Same look-alike (fixture CA): installing it needs the consent too.
  await expect(page.getByRole('dialog').getByTestId('look-alike')).toBeVisible();
  await expect(page.getByTestId('install-run')).toBeDisabled();
  await page.getByTestId('accept-look-alike').check();
  await page.getByTestId('install-run').click();
  await expect(page.getByTestId('install-result')).toBeVisible({ timeout: 30_000 });
  await page.screenshot({ path: join(SHOTS, 'retrieve-3-install.png'), fullPage: true });
  for (const db of [firefoxProfile, join(home, '.pki', 'nssdb')]) {
    const keys = spawnSync('certutil', ['-K', '-d', `sql:${db}`], { encoding: 'utf8' });
    expect(keys.stdout, db).toMatch(/rsa/);
    const certs = spawnSync('certutil', ['-L', '-d', `sql:${db}`], { encoding: 'utf8' });
    expect(certs.stdout, db).toMatch(/u,u,u/);
  }
  await page.getByTestId('destroy-vault-key').click();
  await expect(page.getByTestId('vault-copy-destroyed')).toBeVisible();

  // The CA revokes the certificate: bringing the file again shows it as revoked.
  pki.revoke(leaf, { reason: CrlReason.keyCompromise });
  await page.keyboard.press('Escape');
  await page.getByTestId('nav-retrieve').click();
  await page.getByRole('button', { name: 'Retirer un autre certificat' }).click();
  await dropRetrieved(page, issued, 'certificat.pem');
  await expect(page.getByTestId('revocation-status')).toContainText(/révoqué/i);
  await page.screenshot({ path: join(SHOTS, 'retrieve-4-revoked.png'), fullPage: true });
});
