import { expect, test, type Page } from '@playwright/test';
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { webcrypto } from 'node:crypto';
import { issue, type FixtureCert } from '../helpers/fixture-ca.js';
import { ROOT, startBridgeProcess, type RunningBridge } from './bridge-fixture.js';

const SHOTS = join(ROOT, 'test-results', 'e2e');
const OU = 'OU=0002 187512751, OU=IGC-SANTE TEST';
const P12_PASSWORD = 'Choisi-sur-la-plateforme-2026';

const pem = (der: Uint8Array, label = 'CERTIFICATE') =>
  `-----BEGIN ${label}-----\n${Buffer.from(der)
    .toString('base64')
    .replace(/.{1,64}/g, '$&\n')}-----END ${label}-----\n`;

let bridge: RunningBridge;
let work: string;
let p12: string;
let leaf: FixtureCert;

/**
 * The platform's PKCS#12 as a doctor's structure downloads it: key made by the platform,
 * the leaf and its CAs, a password chosen on the site. The CA is a loopback fixture named
 * like the IGC-Santé TEST one, trusted for this dev session only (VIGIE_DEV_ANCHORS).
 */
test.beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'vigie-e2e-add-'));
  const root = await issue({
    name: `C=FR, O=ASIP-SANTE, ${OU}, CN=FIXTURE AC RACINE IGC-SANTE ELEMENTAIRE`,
    ca: true,
  });
  const inter = await issue({
    name: `C=FR, O=ASIP-SANTE, ${OU}, CN=FIXTURE AC IGC-SANTE ELEMENTAIRE ORGANISATIONS`,
    issuer: root,
    ca: true,
  });
  leaf = await issue({
    name: 'C=FR, ST=Rhône (69), O=CENTRE DE SANTE RPPS22163, OU=10B0221636, CN=INSI-AUTO',
    issuer: inter,
    extensions: [
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension(['1.3.6.1.5.5.7.3.2']),
    ],
  });
  const key = new Uint8Array(await webcrypto.subtle.exportKey('pkcs8', leaf.keys.privateKey));
  writeFileSync(join(work, 'key.pem'), pem(key, 'PRIVATE KEY'));
  writeFileSync(join(work, 'cert.pem'), pem(leaf.der));
  writeFileSync(join(work, 'chain.pem'), pem(inter.der) + pem(root.der));
  writeFileSync(join(work, 'root.pem'), pem(root.der));
  p12 = join(work, 'INSI-AUTO.p12');
  execFileSync('openssl', [
    'pkcs12',
    '-export',
    '-inkey',
    join(work, 'key.pem'),
    '-in',
    join(work, 'cert.pem'),
    '-certfile',
    join(work, 'chain.pem'),
    '-passout',
    `pass:${P12_PASSWORD}`,
    '-out',
    p12,
  ]);
  // The doctor's Firefox: profiles.ini and the default profile's NSS database.
  const profile = join(work, 'home', '.mozilla', 'firefox', 'abcd1234.default-release');
  mkdirSync(profile, { recursive: true });
  writeFileSync(
    join(work, 'home', '.mozilla', 'firefox', 'profiles.ini'),
    '[Profile0]\nName=default-release\nIsRelative=1\nPath=abcd1234.default-release\nDefault=1\n',
  );
  expect(spawnSync('certutil', ['-N', '-d', `sql:${profile}`, '--empty-password']).status).toBe(0);
  bridge = await startBridgeProcess({
    VIGIE_DEV_ANCHORS: join(work, 'root.pem'),
    VIGIE_KEYSTORE_HOME: join(work, 'home'),
  });
});
test.afterAll(async () => {
  await bridge?.stop();
  rmSync(work, { recursive: true, force: true, maxRetries: 3 });
});

const dropFile = async (page: Page, path: string, name: string) => {
  const transfer = await page.evaluateHandle(
    ({ data, fileName }) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], fileName));
      return dt;
    },
    { data: readFileSync(path).toString('base64'), fileName: name },
  );
  const zone = page.getByTestId('add-drop-zone');
  for (const type of ['dragenter', 'dragover', 'drop'])
    await zone.dispatchEvent(type, { dataTransfer: transfer });
};

test('a doctor drops the platform .p12: kept, installed in Firefox, listed in "Mes certificats"', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(bridge.url);
  await expect(page.getByTestId('certificates-add')).toBeVisible();
  let clicks = 0;
  const click = async (testId: string) => {
    clicks++;
    await page.getByTestId(testId).click();
  };

  await click('certificates-add'); // 1: from the home
  await dropFile(page, p12, 'INSI-AUTO.p12'); // a drop, not a click
  await expect(page.getByTestId('add-protected')).toBeVisible();
  await expect(page.getByText(/ne peut pas être rangé/)).toHaveCount(0);
  await page.screenshot({ path: join(SHOTS, 'add-1-locked.png'), fullPage: true });
  await page.getByTestId('password-input').fill(P12_PASSWORD);
  clicks++; // 2: the password's Enter (or its button)
  await page.getByTestId('password-input').press('Enter');

  const card = page.getByTestId('retrieved-card');
  await expect(card).toBeVisible();
  await expect(card.getByTestId('key-in-file')).toBeVisible();
  // A fixture CA, not the IGC-Santé: keeping it needs the explicit consent (a real platform
  // file chains to the pinned anchors and has no such box).
  await page.getByTestId('accept-look-alike').check();
  await page.screenshot({ path: join(SHOTS, 'add-2-understood.png'), fullPage: true });
  await click('add-keep'); // 3

  const dialog = page.getByRole('dialog');
  // The default Firefox profile is ticked; Chromium's store does not exist here, so it is not.
  await expect(dialog.getByRole('checkbox', { name: /Firefox/ })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: /Chromium/ })).not.toBeChecked();
  await dialog.getByTestId('accept-look-alike').check(); // the same consent, for installing
  await click('install-run'); // 4
  await expect(dialog.getByTestId('install-result')).toContainText('Firefox');
  await page.screenshot({ path: join(SHOTS, 'add-3-installed.png'), fullPage: true });
  expect(clicks).toBe(4);

  // certutil's own read-back: the certificate and its key are in the profile.
  const profile = join(work, 'home', '.mozilla', 'firefox', 'abcd1234.default-release');
  expect(execFileSync('certutil', ['-L', '-d', `sql:${profile}`], { encoding: 'utf8' })).toMatch(/u,u,u/);

  await page.keyboard.press('Escape');
  await page.getByTestId('add-to-list').click();
  const row = page.getByTestId('certificate-row').first();
  await expect(row).toContainText('INSI-AUTO');
  await page.screenshot({ path: join(SHOTS, 'add-4-listed.png'), fullPage: true });
  expect(errors).toEqual([]);
});
