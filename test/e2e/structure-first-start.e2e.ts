import { expect, test, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, startBridgeProcess, type RunningBridge } from './bridge-fixture.js';

const SHOTS = join(ROOT, 'test-results', 'e2e');

let bridge: RunningBridge;
let home: string;
let work: string;
test.beforeAll(async () => {
  // A user's home as Firefox leaves it (profiles.ini, one profile with its NSS database):
  // the install step offers it with Chromium's NSS database, as on a real desktop.
  work = mkdtempSync(join(tmpdir(), 'vigie-e2e-structure-'));
  home = join(work, 'home');
  const profile = join(home, '.mozilla', 'firefox', 'abcd1234.default-release');
  mkdirSync(profile, { recursive: true });
  writeFileSync(
    join(home, '.mozilla', 'firefox', 'profiles.ini'),
    '[Profile0]\nName=default-release\nIsRelative=1\nPath=abcd1234.default-release\nDefault=1\n\n[General]\nStartWithLastProfile=1\nVersion=2\n',
  );
  expect(spawnSync('certutil', ['-N', '-d', `sql:${profile}`, '--empty-password']).status).toBe(0);
  // VIGIE_NETWORK=loopback (the fixture's default): the sandbox's CRL and OCSP are reachable.
  bridge = await startBridgeProcess({ VIGIE_KEYSTORE_HOME: home });
});
test.afterAll(async () => {
  await bridge?.stop();
  if (work) rmSync(work, { recursive: true, force: true, maxRetries: 3 });
});

/** The certificate of the "LOGICIEL DMP" order as "Mes certificats" lists it. */
const rowOf = (page: Page, sha256: string) =>
  page.locator(`[data-testid="certificate-row"][data-sha256="${sha256.toLowerCase()}" i]`);

/** The sandbox issues for the first pending TEST order, and "Retirer maintenant" keeps it. */
const issueAndRetrieve = async (page: Page, shot: string): Promise<string> => {
  await page.getByTestId('nav-sandbox').click();
  await page.getByTestId('sandbox-order').click();
  await page.getByRole('option', { name: /ORG_AUTH_CLI — LOGICIEL DMP$/ }).click();
  await page.getByRole('button', { name: 'Émettre dans le bac à sable' }).click();
  const issued = page.getByTestId('sandbox-issued-certificate');
  await expect(issued).toContainText('valide dans le bac à sable');
  await issued.getByRole('button', { name: 'Retirer maintenant' }).click();
  // Loaded, matched to its order, and said to be a sandbox certificate: nothing to pick.
  const card = page.getByTestId('retrieved-card');
  await expect(card.getByTestId('sandbox-origin')).toContainText('il ne vaut rien en dehors de Vigie');
  await expect(card.getByTestId('matches-exactly')).toBeVisible();
  await expect(card.getByTestId('revocation-status')).toContainText(/valide/i);
  await page.screenshot({ path: join(SHOTS, shot), fullPage: true });
  const sha256 = await card.getAttribute('data-sha256');
  await page.getByTestId('retrieve-confirm').click();
  await expect(page.getByTestId('retrieve-done')).toBeVisible();
  return sha256!;
};

/** "Installer" right where the retrieval ends: both browser stores, each read back. */
const install = async (page: Page) => {
  await page.getByTestId('retrieve-done').getByTestId('order-install').click();
  const dialog = page.getByRole('dialog');
  for (const box of ['install-target-0', 'install-target-1']) {
    await expect(dialog.getByTestId(box)).toBeEnabled();
    if (!(await dialog.getByTestId(box).isChecked())) await dialog.getByTestId(box).click();
    await expect(dialog.getByTestId(box)).toBeChecked();
  }
  // Where it comes from, said plainly; installing a rehearsal certificate is ticked knowingly.
  await expect(dialog.getByTestId('sandbox-origin')).toBeVisible();
  await expect(dialog.getByTestId('look-alike')).toHaveCount(0);
  await expect(dialog.getByTestId('install-run')).toBeDisabled();
  await dialog
    .getByLabel('J’installe ce certificat d’essai dans les magasins choisis, pour répéter le parcours.')
    .check();
  await dialog.getByTestId('install-run').click();
  await expect(dialog.getByTestId('install-result')).toBeVisible({ timeout: 30_000 });
  return dialog;
};

test('a structure’s first start, without documentation: the sandbox from order to install, renewal and revocation', async ({
  page,
}) => {
  test.setTimeout(240_000);
  page.setDefaultTimeout(15_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.emulateMedia({ reducedMotion: 'reduce' });

  // First start: "Qui êtes-vous ?" — a structure, on the TEST platform.
  const url = new URL(bridge.url);
  url.searchParams.set('welcome', '');
  await page.goto(url.toString());
  const welcome = page.getByTestId('welcome-page');
  await expect(welcome).toBeVisible();
  await welcome.getByTestId('profile-role-structure').click();
  await welcome.getByTestId('profile-env-test').click();
  await welcome.getByTestId('profile-save').click();
  await expect(page.getByTestId('welcome-page')).toBeHidden();

  // The home, empty, offers a rehearsal; the sandbox says what to do first: a TEST order.
  await expect(page.getByTestId('certificates-empty')).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'structure-0-home.png'), fullPage: true });
  await page.getByTestId('certificates-rehearse-open').click();
  await expect(page.getByTestId('sandbox-page')).toContainText(
    'Aucune commande de TEST n’attend de certificat',
  );

  // Order: the wizard, with the TEST platform the profile chose already ticked.
  await page.getByTestId('nav-order').click();
  await page.getByTestId('prereq-continue').click();
  await page.getByTestId('project-DMP').check();
  await expect(page.getByTestId('env-test')).toBeChecked();
  await page.getByTestId('wizard-next').click();
  await page.getByTestId('holder-legal-name').fill('CENTRE DE SANTE RPPS22163');
  await page.getByTestId('holder-structure-type').selectOption('FINESS');
  await page.getByTestId('holder-structure-id').fill('0B0221636');
  await page.getByTestId('holder-departement').fill('Rhône');
  await page.getByRole('option', { name: '69 — Rhône', exact: true }).click();
  await page.getByTestId('holder-cn-ORG_AUTH_CLI').fill('LOGICIEL DMP');
  await page.getByTestId('holder-cn-ORG_SIGN').fill('LOGICIEL DMP SIGNATURE');
  await page.getByTestId('wizard-next').click();
  await page.getByTestId('vault-setup-keyring').click();
  await expect(page.getByTestId('vault-ready')).toBeVisible();
  await page.getByTestId('generate-keys').click();
  await expect(page.getByTestId('order-progress-ORG_AUTH_CLI')).toHaveAttribute('data-stage', 'done', {
    timeout: 60_000,
  });

  // Issue → retrieve: "Retirer maintenant" hands the file over, already analysed.
  const first = await issueAndRetrieve(page, 'structure-1-retrieve.png');

  // Install into the browsers, from the retrieval's last step.
  await install(page);
  await page.screenshot({ path: join(SHOTS, 'structure-2-installed.png'), fullPage: true });
  await page.keyboard.press('Escape');

  // "Mes certificats" lists it, valid (from its order and from the browsers' stores).
  await page.getByTestId('nav-certificates').click();
  await expect(rowOf(page, first)).toHaveAttribute('data-status', 'valid');

  // Renew while it is valid: from its drawer in "Mes certificats".
  await rowOf(page, first).click();
  await page.getByTestId('certificate-drawer').getByTestId('drawer-renew').click();
  await page.getByTestId('renew-start').click();
  // The renewal is a draft in "Mes commandes": its key first.
  await page.getByTestId('order-generate-key').first().click();
  await page.getByTestId('draft-key-generate').click();
  await expect(page.getByTestId('draft-key-dialog')).toBeHidden({ timeout: 60_000 });
  const renewed = await issueAndRetrieve(page, 'structure-3-renewal.png');
  expect(renewed).not.toBe(first);
  const renewalDialog = await install(page);
  // Installed and read back: the replaced certificate leaves the stores.
  await renewalDialog.getByTestId('retire-old-run').click();
  await expect(renewalDialog.getByTestId('retire-old')).toContainText(/retiré|Retiré/);
  await page.screenshot({ path: join(SHOTS, 'structure-4-renewed.png'), fullPage: true });
  await renewalDialog
    .getByRole('button', { name: /Fermer/ })
    .first()
    .click();
  await page.getByTestId('nav-certificates').click();
  await expect(rowOf(page, renewed)).toHaveAttribute('data-status', 'valid');
  // The replaced certificate, out of the stores, leaves the list.
  await expect(rowOf(page, first)).toHaveCount(0);

  // Revoke it in the sandbox: "Vérifier maintenant" reads the sandbox's CRL and says so.
  await page.getByTestId('nav-sandbox').click();
  await page
    .getByTestId('sandbox-row')
    .first()
    .getByRole('button', { name: /Révoquer le certificat de/ })
    .click();
  await expect(page.getByTestId('sandbox-counts')).toHaveText('2 émis, 1 révoqué(s)');
  await page.getByTestId('nav-certificates').click();
  await expect(async () => {
    await page.getByTestId('certificates-refresh').click();
    await expect(rowOf(page, renewed)).toHaveAttribute('data-status', 'revoked', { timeout: 2_000 });
  }).toPass({ timeout: 30_000, intervals: [1_000] });
  await page.screenshot({ path: join(SHOTS, 'structure-5-revoked.png'), fullPage: true });
  expect(errors).toEqual([]);
});
