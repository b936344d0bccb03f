import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, startBridgeProcess, VECTORS, type RunningBridge } from './bridge-fixture.js';

const INSI = join(VECTORS, 'igc-sante', 'end-entity', 'INSI-AUTO-certificate.p12');
const SHOTS = join(ROOT, 'test-results', 'e2e');

let bridge: RunningBridge;
test.beforeAll(async () => {
  bridge = await startBridgeProcess();
});
test.afterAll(async () => {
  await bridge?.stop();
});

/** Drop a file on the drop zone the way a person would (a real DataTransfer in the page). */
const dropFile = async (page: Page, path: string, name: string) => {
  const base64 = readFileSync(path).toString('base64');
  const transfer = await page.evaluateHandle(
    ({ data, fileName }) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], fileName));
      return dt;
    },
    { data: base64, fileName: name },
  );
  const zone = page.getByTestId('drop-zone');
  await zone.dispatchEvent('dragenter', { dataTransfer: transfer });
  await zone.dispatchEvent('dragover', { dataTransfer: transfer });
  await zone.dispatchEvent('drop', { dataTransfer: transfer });
};

test('drop the real TEST download: read, in French, what it is', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(bridge.url);
  await page.getByTestId('nav-inspect').click();
  await expect(page.getByTestId('drop-zone')).toBeVisible();

  await dropFile(page, INSI, 'INSI-AUTO-certificate.p12');
  const leaf = page.getByTestId('cert-card').filter({ hasText: 'INSI-MANU' });
  await expect(leaf).toBeVisible();
  await expect(leaf).toContainText('0B0221636');
  await expect(leaf).toContainText('FINESS');
  await expect(leaf).toContainText(/ORG_AUTH_CLI|authentification/i);
  await expect(leaf).toContainText('2028');
  await expect(leaf.getByTestId('env-badge')).toContainText(/TEST/i);
  await expect(leaf.getByTestId('chain-status')).toContainText(/valide/i);
  await expect(leaf).toContainText(/non vérifié/i);
  await expect(leaf.getByTestId('days-left-badge')).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'inspector-insi-fr.png'), fullPage: true });
  expect(errors).toEqual([]);
});

test('wrong PKCS#12 password: a clear message, and the certificates stay shown', async ({ page }) => {
  await page.goto(bridge.url);
  await page.getByTestId('nav-inspect').click();
  await page.getByTestId('file-input').setInputFiles(INSI);
  await expect(page.getByTestId('cert-card').first()).toBeVisible();
  const password = page.getByTestId('password-input');
  await password.fill('pas-le-bon-mot-de-passe');
  await password.press('Enter');
  await expect(page.getByText(/mot de passe incorrect/i)).toBeVisible();
  await expect(page.getByTestId('cert-card').filter({ hasText: 'INSI-MANU' })).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'inspector-wrong-password.png'), fullPage: true });
});

test('the official production chain bundle chains to production anchors', async ({ page }) => {
  await page.goto(bridge.url);
  await page.getByTestId('nav-inspect').click();
  await page
    .getByTestId('file-input')
    .setInputFiles(join(VECTORS, 'igc-sante', 'prod', 'Chaine_de_certification-IGC-Sante.p7b'));
  const cards = page.getByTestId('cert-card');
  await expect(cards).toHaveCount(8);
  await expect(
    cards.filter({ hasText: 'AC RACINE IGC-SANTE ELEMENTAIRE' }).first().getByTestId('env-badge'),
  ).toContainText(/PRODUCTION/i);
});

test('a file that is not a certificate gets a plain message', async ({ page }) => {
  await page.goto(bridge.url);
  await page.getByTestId('nav-inspect').click();
  await page
    .getByTestId('file-input')
    .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('bonjour') });
  await expect(page.getByRole('alert').first()).toBeVisible();
});
