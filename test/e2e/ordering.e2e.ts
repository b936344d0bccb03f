import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, startBridgeProcess, type RunningBridge } from './bridge-fixture.js';

const SHOTS = join(ROOT, 'test-results', 'e2e');
const PRODUCTS = ['ORG_AUTH_CLI', 'ORG_SIGN'] as const;

let bridge: RunningBridge;
test.beforeAll(async () => {
  bridge = await startBridgeProcess();
});
test.afterAll(async () => {
  await bridge?.stop();
});

const openssl = (args: string[], input: string) => {
  const run = spawnSync('openssl', args, { input, encoding: 'utf8' });
  return `${run.stdout}${run.stderr}`;
};

test('order for DMP as a new user: two keys, two CSRs OpenSSL verifies, tracked orders', async ({ page }) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(bridge.url);

  await page.getByTestId('nav-order').click();
  await page.getByTestId('prereq-continue').click();

  // Step 1: "I connect to the DMP" → ORG_AUTH_CLI + ORG_SIGN, on the TEST platform.
  await page.getByTestId('project-DMP').check();
  await expect(page.getByTestId('plan-line')).toHaveCount(2);
  await page.getByTestId('env-test').check();
  await page.screenshot({ path: join(SHOTS, 'order-1-service.png'), fullPage: true });
  await page.getByTestId('wizard-next').click();

  // Step 2: the structure, checked as the user types.
  await page.getByTestId('holder-legal-name').fill('CENTRE DE SANTE RPPS22163');
  await page.getByTestId('holder-structure-type').selectOption('FINESS');
  await page.getByTestId('holder-structure-id').fill('0B0221636');
  await page.getByTestId('holder-departement').fill('Rhône');
  await page.getByRole('option', { name: '69 — Rhône', exact: true }).click();
  await page.getByTestId('holder-cn-ORG_AUTH_CLI').fill('LOGICIEL DMP');
  await page.getByTestId('holder-cn-ORG_SIGN').fill('LOGICIEL DMP SIGNATURE');
  await expect(page.getByTestId('dn-preview-ORG_AUTH_CLI')).toContainText('OU=10B0221636');
  await expect(page.getByTestId('field-error')).toHaveCount(0);
  await page.screenshot({ path: join(SHOTS, 'order-2-holder.png'), fullPage: true });
  await page.getByTestId('wizard-next').click();

  // Step 3: protect the vault with the system keychain, then generate both keys.
  // A fresh data folder: the vault is not set up yet.
  await page.getByTestId('vault-setup-keyring').click();
  await expect(page.getByTestId('vault-ready')).toBeVisible();
  await page.getByTestId('generate-keys').click();
  for (const product of PRODUCTS) {
    await expect(page.getByTestId(`order-progress-${product}`)).toHaveAttribute('data-stage', 'done', {
      timeout: 60_000,
    });
  }
  await page.screenshot({ path: join(SHOTS, 'order-3-keys.png'), fullPage: true });
  await page.getByTestId('wizard-next').click();

  // Step 4: each CSR verifies and carries the platform's subject layout.
  for (const product of PRODUCTS) {
    const pem = (await page.getByTestId(`csr-pem-${product}`).innerText()).trim();
    expect(pem).toMatch(/^-----BEGIN CERTIFICATE REQUEST-----/);
    expect(openssl(['req', '-verify', '-noout'], pem)).toMatch(/verify OK/);
    const subject = openssl(['req', '-noout', '-subject', '-nameopt', 'RFC2253,-esc_msb'], pem);
    expect(subject).toMatch(
      /CN=LOGICIEL DMP[^,]*,OU=10B0221636,O=CENTRE DE SANTE RPPS22163,ST=Rhône \(69\),C=FR/,
    );
  }
  await page.screenshot({ path: join(SHOTS, 'order-4-csr.png'), fullPage: true });
  await page.getByTestId('mark-submitted-ORG_AUTH_CLI').click();

  // The orders view follows both.
  await page.getByTestId('nav-orders').click();
  await expect(page.getByTestId('order-row')).toHaveCount(2);
  await page.screenshot({ path: join(SHOTS, 'order-5-orders.png'), fullPage: true });

  // On disk: keys only encrypted; the vault secret sits in the OS keychain, not in a file.
  const vaultDir = join(bridge.dataDir, 'vault');
  const files = readdirSync(vaultDir);
  expect(files.filter((f) => f.endsWith('.p8'))).toHaveLength(2);
  for (const file of files)
    expect(readFileSync(join(vaultDir, file), 'latin1')).not.toMatch(/BEGIN (RSA )?PRIVATE KEY/);
  const keychain = spawnSync('secret-tool', ['search', '--all', 'service', 'fr.vigie.desktop'], {
    encoding: 'utf8',
  });
  expect(`${keychain.stdout}${keychain.stderr}`).toMatch(/vault-secret-/);
  expect(errors).toEqual([]);
});
