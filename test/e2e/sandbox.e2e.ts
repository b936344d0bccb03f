import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { ROOT, startBridgeProcess, type RunningBridge } from './bridge-fixture.js';
import { bridgeIpc, createTestOrder, dropRetrieved } from './bridge-calls.js';

const SHOTS = join(ROOT, 'test-results', 'e2e');

let bridge: RunningBridge;
test.beforeAll(async () => {
  // VIGIE_NETWORK=loopback (the fixture's default): the sandbox's CRL / OCSP on 127.0.0.1 are reachable.
  bridge = await startBridgeProcess();
});
test.afterAll(async () => {
  await bridge?.stop();
});

const ipc = bridgeIpc(() => bridge);

test('rehearse in the sandbox: order → issue → retrieve → revoke', async ({ page }) => {
  test.setTimeout(120_000);
  // A TEST order with its key and CSR, as the wizard makes it (covered in ordering.e2e.ts).
  const orderId = await createTestOrder(ipc);
  await ipc('orders.exportCsr', { orderId });

  // A first start's profile question, if any, is answered already.
  await page.addInitScript(() =>
    window.localStorage.setItem('vigie.profile', JSON.stringify({ role: 'it', environment: 'test' })),
  );
  await page.goto(bridge.url);
  await page.getByTestId('nav-sandbox').click();
  const sandbox = page.getByTestId('sandbox-page');
  await expect(sandbox.getByRole('heading', { name: 'Bac à sable', level: 1 })).toBeVisible();
  await page.getByTestId('sandbox-order').click();
  await page.getByRole('option', { name: /ORG_AUTH_CLI — INSI-AUTO/ }).click();
  await page.getByRole('button', { name: 'Émettre dans le bac à sable' }).click();
  const issued = page.getByTestId('sandbox-issued-certificate');
  await expect(issued).toContainText('valide dans le bac à sable');
  await expect(page.getByTestId('sandbox-counts')).toHaveText('1 émis, 0 révoqué(s)');
  await page.screenshot({ path: join(SHOTS, 'sandbox-1-issued.png'), fullPage: true });
  const status = await ipc<{ certificates: { pem: string }[] }>('sandbox.status', {});
  const pem = status.certificates[0]!.pem;

  // « Retirer maintenant »: loaded on the retrieve page like a platform download, matched to
  // the order, named a sandbox rehearsal certificate (never IGC-Santé, never a look-alike).
  await issued.getByRole('button', { name: 'Retirer maintenant' }).click();
  const card = page.getByTestId('retrieved-card');
  await expect(card).toBeVisible();
  await expect(card.getByTestId('revocation-status')).toContainText(/valide/i);
  await expect(card.getByRole('heading', { name: 'Certificat d’essai du bac à sable' })).toBeVisible();
  await expect(card.getByTestId('sandbox-origin')).toContainText('il ne vaut rien en dehors de Vigie');
  await expect(page.getByTestId('accept-look-alike')).toHaveCount(0);
  await page.screenshot({ path: join(SHOTS, 'sandbox-retrieve.png'), fullPage: true });
  await page.getByTestId('retrieve-confirm').click();
  await expect(page.getByTestId('retrieve-done')).toBeVisible();

  // Revoked in the sandbox: its OCSP responder and CRL say so to the retrieval check.
  await page.getByTestId('nav-sandbox').click();
  await page
    .getByTestId('sandbox-row')
    .first()
    .getByRole('button', { name: /Révoquer le certificat de/ })
    .click();
  await expect(page.getByTestId('sandbox-issued')).toContainText('révoqué');
  await expect(page.getByTestId('sandbox-counts')).toHaveText('1 émis, 1 révoqué(s)');
  await page.screenshot({ path: join(SHOTS, 'sandbox-2-revoked.png'), fullPage: true });
  await page.getByTestId('nav-retrieve').click();
  await page.getByRole('button', { name: 'Retirer un autre certificat' }).click();
  await dropRetrieved(page, pem, 'bac-a-sable.pem');
  await expect(page.getByTestId('revocation-status')).toContainText(/révoqué/i);
});
