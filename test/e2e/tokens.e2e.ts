import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { DEFAULT_CPS_HOLDER, writeCpsToken, type CpsToken } from '../helpers/cps-card.js';
import { importSpki, issue } from '../helpers/fixture-ca.js';
import { removeTempDirs } from '../helpers/temp-dir.js';
import { opensslVerifiesCsr } from '../helpers/openssl.js';
import { ROOT, startBridgeProcess, type RunningBridge } from './bridge-fixture.js';

/**
 * Cards and tokens as a new user meets them, with SoftHSM2 standing in for the CPS card:
 * the real PKCS#11 module in the dev bridge's token worker, the real renderer in Chromium.
 */
const SOFTHSM = '/usr/lib/softhsm/libsofthsm2.so';
const SHOTS = join(ROOT, 'test-results', 'e2e');
const missing = ['/usr/bin/softhsm2-util', '/usr/bin/pkcs11-tool', SOFTHSM].filter((p) => !existsSync(p));
if (missing.length > 0)
  console.log(`tokens e2e skipped: ${missing.join(', ')} not installed (apt-get install softhsm2 opensc)`);
test.skip(missing.length > 0, 'SoftHSM2 / OpenSC not installed');

let bridge: RunningBridge;
let work: string;
let env: NodeJS.ProcessEnv;
let card: CpsToken;

const softhsm = (args: string[]) => execFileSync('softhsm2-util', args, { env, encoding: 'utf8' });
const pkcs11Tool = (args: string[]) =>
  execFileSync('pkcs11-tool', ['--module', SOFTHSM, ...args], { env, encoding: 'utf8', stdio: 'pipe' });

const pem = (der: Uint8Array) =>
  `-----BEGIN CERTIFICATE-----\n${Buffer.from(der)
    .toString('base64')
    .replace(/.{1,64}/g, '$&\n')}-----END CERTIFICATE-----\n`;

test.beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'vigie-e2e-tokens-'));
  mkdirSync(join(work, 'tokens'));
  writeFileSync(
    join(work, 'softhsm2.conf'),
    `directories.tokendir = ${join(work, 'tokens')}\nobjectstore.backend = file\nlog.level = ERROR\nslots.removable = true\n`,
  );
  env = { ...process.env, SOFTHSM2_CONF: join(work, 'softhsm2.conf') };
  softhsm(['--init-token', '--free', '--label', 'CPS DEMO', '--pin', '1234', '--so-pin', '12345678']);
  card = await writeCpsToken(pkcs11Tool, { tokenLabel: 'CPS DEMO', pin: '1234' });
  writeFileSync(join(work, 'ca.pem'), pem(card.caDer));
  bridge = await startBridgeProcess({
    SOFTHSM2_CONF: join(work, 'softhsm2.conf'),
    VIGIE_PKCS11_MODULES: SOFTHSM,
    VIGIE_DEV_ANCHORS: join(work, 'ca.pem'),
  });
});

test.afterAll(async () => {
  await bridge?.stop();
  rmSync(work, { recursive: true, force: true });
  await removeTempDirs();
});

const openTokens = async (page: Page) => {
  await page.goto(bridge.url);
  await page.getByTestId('nav-tokens').click();
};

const cpsCard = (page: Page) => page.getByTestId('token-card').filter({ hasText: 'CPS DEMO' });

test('a CPS card: its holder and both certificates with their end dates, in the page and in "Mes certificats"', async ({
  page,
}) => {
  const started = Date.now();
  await openTokens(page);
  await expect(cpsCard(page).getByTestId('badge-cps')).toBeVisible({ timeout: 15_000 });
  await cpsCard(page).getByTestId('token-show-contents').click();
  const holder = page.getByTestId('card-holder');
  await expect(holder).toContainText(`${DEFAULT_CPS_HOLDER.givenName} ${DEFAULT_CPS_HOLDER.surname}`, {
    ignoreCase: true,
  });
  await expect(holder).toContainText(DEFAULT_CPS_HOLDER.rpps);
  await expect(holder).toContainText(DEFAULT_CPS_HOLDER.professionLabel);
  const certificates = page.getByTestId('token-certificate');
  await expect(certificates).toHaveCount(2);
  await expect(certificates.getByTestId('certificate-expiry').first()).toContainText('expire');
  // Before the PIN the private keys are hidden (private objects): the page says so.
  await expect(certificates.getByTestId('certificate-key').first()).toContainText('code PIN');
  console.log(`tokens e2e: the CPS card's contents shown ${Date.now() - started} ms after opening the app`);
  await page.screenshot({ path: join(SHOTS, 'tokens-1-card.png'), fullPage: true });

  await page.getByTestId('nav-certificates').click();
  for (const der of [card.authDer, card.signDer]) {
    const sha = (await import('node:crypto')).createHash('sha256').update(der).digest('hex').toUpperCase();
    const row = page.locator(`[data-sha256="${sha}"]`).first();
    await expect(row).toBeVisible({ timeout: 5000 });
    // Named after the person, not the identifier in its CN.
    await expect(row).toContainText(`${DEFAULT_CPS_HOLDER.givenName} ${DEFAULT_CPS_HOLDER.surname}`);
  }
  await page.screenshot({ path: join(SHOTS, 'tokens-2-certificates.png'), fullPage: true });
});

// How soon (the 2 s goal) is measured by `npm run bench`, not asserted here: no timed tests.
test('a token inserted and removed while the page is open shows and goes by itself', async ({ page }) => {
  await openTokens(page);
  await expect(cpsCard(page)).toBeVisible();
  softhsm(['--init-token', '--free', '--label', 'JETON NEUF', '--pin', '87654321', '--so-pin', '12345678']);
  const fresh = page.getByTestId('token-card').filter({ hasText: 'JETON NEUF' });
  await expect(fresh).toBeVisible({ timeout: 15_000 });
  softhsm(['--delete-token', '--token', 'JETON NEUF']);
  await expect(fresh).toHaveCount(0, { timeout: 15_000 });
});

test('a wrong PIN: the card says a try was lost, and the dialog warns before the next one', async ({
  page,
}) => {
  await openTokens(page);
  await cpsCard(page).getByTestId('token-show-contents').click();
  await page.getByTestId('token-unlock').click();
  const dialog = page.getByTestId('pin-dialog');
  await dialog.getByTestId('pin-input').fill('123');
  // Three digits cannot be a CPS PIN: refused before the card is asked (no try lost).
  await dialog.getByTestId('pin-submit').click();
  await expect(dialog.getByTestId('pin-input')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByTestId('pin-count-low')).toHaveCount(0);
  await dialog.getByTestId('pin-input').fill('0000');
  await dialog.getByTestId('pin-submit').click();
  await expect(dialog.getByTestId('pin-error')).toBeVisible();
  await expect(dialog.getByTestId('pin-count-low')).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'tokens-3-wrong-pin.png'), fullPage: true });
  await dialog.getByTestId('pin-input').fill('1234');
  await dialog.getByTestId('pin-submit').click();
  await expect(page.getByTestId('token-contents')).toHaveAttribute('data-logged-in', 'true');
  await expect(page.getByTestId('pin-input')).toHaveCount(0);
  await expect(page.getByTestId('token-key')).toHaveCount(2);
  await expect(page.getByTestId('key-non-extractable')).toHaveCount(2);
  // Paired by CKA_ID with the card's keys.
  const certificates = page.getByTestId('token-certificate');
  await expect(certificates.filter({ hasText: 'CPS_PRIV_AUT' })).toHaveCount(1);
  await expect(certificates.filter({ hasText: 'CPS_PRIV_SIG' })).toHaveCount(1);
});

test('an ORG order with its keys made on the token: the CSR is signed there, OpenSSL verifies it', async ({
  page,
}) => {
  await page.goto(bridge.url);
  await page.getByTestId('nav-order').click();
  await page.getByTestId('prereq-continue').click();
  await page.getByTestId('project-DMP').check();
  await expect(page.getByTestId('plan-line')).toHaveCount(2);
  await page.getByTestId('env-test').check();
  await page.getByTestId('wizard-next').click();
  await page.getByTestId('holder-legal-name').fill('CENTRE DE SANTE RPPS22163');
  await page.getByTestId('holder-structure-type').selectOption('FINESS');
  await page.getByTestId('holder-structure-id').fill('0B0221636');
  await page.getByTestId('holder-departement').fill('Rhône');
  await page.getByRole('option', { name: '69 — Rhône', exact: true }).click();
  await page.getByTestId('holder-cn-ORG_AUTH_CLI').fill('LOGICIEL DMP');
  await page.getByTestId('holder-cn-ORG_SIGN').fill('LOGICIEL DMP SIGNATURE');
  await page.getByTestId('wizard-next').click();
  const onToken = page.locator('[data-testid^="key-place-token-"]').first();
  await onToken.check();
  await page.getByTestId('generate-keys').click();
  const dialog = page.getByTestId('pin-dialog');
  await dialog.getByTestId('pin-input').fill('1234');
  await dialog.getByTestId('pin-submit').click();
  for (const product of ['ORG_AUTH_CLI', 'ORG_SIGN'])
    await expect(page.getByTestId(`order-progress-${product}`)).toHaveAttribute('data-stage', 'done', {
      timeout: 30_000,
    });
  await page.screenshot({ path: join(SHOTS, 'tokens-4-order-on-token.png'), fullPage: true });
  await page.getByTestId('wizard-next').click();
  for (const product of ['ORG_AUTH_CLI', 'ORG_SIGN']) {
    const csr = (await page.getByTestId(`csr-pem-${product}`).innerText()).trim();
    expect(opensslVerifiesCsr(csr)).toBe(true);
  }
  // The keys are on the token, sensitive and never extractable, next to the card's two.
  const keys = pkcs11Tool([
    '--token-label',
    'CPS DEMO',
    '--login',
    '--pin',
    '1234',
    '--list-objects',
    '--type',
    'privkey',
  ]);
  expect(keys.match(/Private Key Object/g)).toHaveLength(4);
  expect(keys).toMatch(/never extractable/);

  // The platform issues the certificate; it is retrieved, then stored on the token by its key.
  const csrPem = (await page.getByTestId('csr-pem-ORG_AUTH_CLI').innerText()).trim();
  const csr = new x509.Pkcs10CertificateRequest(csrPem);
  const ca = await issue({
    name: 'C=FR, O=ASIP-SANTE, OU=0002 187512751, OU=IGC-SANTE TEST, CN=FIXTURE AC IGC-SANTE ELEMENTAIRE ORGANISATIONS',
    ca: true,
  });
  const leaf = await issue({
    name: 'leaf',
    issuer: ca,
    publicKey: await importSpki(new Uint8Array(csr.publicKey.rawData)),
    subjectDer: new Uint8Array(csr.subjectName.toArrayBuffer()),
    extensions: [
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension(['1.3.6.1.5.5.7.3.2']),
    ],
  });
  await page.getByTestId('nav-retrieve').click();
  await page.getByTestId('retrieve-file-input').setInputFiles({
    name: 'certificat.pem',
    mimeType: 'application/x-pem-file',
    buffer: Buffer.from(pem(leaf.der)),
  });
  await expect(page.getByTestId('retrieved-card').getByTestId('matches-exactly')).toBeVisible();
  await page.getByTestId('accept-look-alike').check();
  await page.getByTestId('retrieve-confirm').click();
  await expect(page.getByTestId('retrieve-done')).toBeVisible();

  await page.getByTestId('nav-orders').click();
  const row = page.getByTestId('order-row').filter({ has: page.getByTestId('order-store-on-token') });
  await expect(row).toHaveCount(1);
  // A key on a token is never "installed" from the vault: no such button for this order.
  await expect(row.getByTestId('order-install')).toHaveCount(0);
  await row.getByTestId('order-store-on-token').click();
  const pinDialog = page.getByTestId('pin-dialog');
  await pinDialog.getByTestId('pin-input').fill('1234');
  await pinDialog.getByTestId('pin-submit').click();
  await expect(row.getByTestId('order-store-on-token')).toHaveCount(0, { timeout: 10_000 });
  await page.screenshot({ path: join(SHOTS, 'tokens-5-stored-on-token.png'), fullPage: true });
  // On the token: the certificate, with the CKA_ID of the key the CSR was signed with.
  const certs = pkcs11Tool(['--token-label', 'CPS DEMO', '--list-objects', '--type', 'cert']);
  expect(certs.match(/Certificate Object/g)).toHaveLength(3);
  const leafSubject = leaf.cert.subject;
  expect(certs).toContain(leafSubject.split(', ').find((p) => p.startsWith('CN=')) ?? 'CN=');
});
