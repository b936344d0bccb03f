import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeInventoryFolder } from '../helpers/inventory-folder.js';
import { startBridgeProcess, VECTORS, type RunningBridge } from './bridge-fixture.js';

/**
 * Accessibility (issue 12): an axe scan (WCAG 2.0 / 2.1, levels A and AA) of every place the
 * navigation offers, of each step of the order wizard and of the main dialogs, in the light
 * and the dark scheme; the order wizard by keyboard only; the OS's colour scheme and reduced
 * motion followed. Places are found from the navigation itself, so a new page is scanned too.
 */

const INSI = join(VECTORS, 'igc-sante', 'end-entity', 'INSI-AUTO-certificate.p12');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING = new Set(['serious', 'critical']);

type Finding = { screen: string; rule: string; impact: string; help: string; targets: string[] };

let bridge: RunningBridge;
let folder: string;

test.beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'vigie-e2e-a11y-'));
  writeInventoryFolder(folder, 40, 10);
  bridge = await startBridgeProcess();
});
test.afterAll(async () => {
  await bridge?.stop();
  if (folder) rmSync(folder, { recursive: true, force: true, maxRetries: 3 });
});

/** Runs axe on what is on screen now; keeps the serious and critical findings. */
const scanner = (page: Page) => {
  const findings: Finding[] = [];
  const scanned: string[] = [];
  const once = async (screen: string) => {
    const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    scanned.push(screen);
    for (const v of result.violations) {
      if (!BLOCKING.has(v.impact ?? '')) continue;
      findings.push({
        screen,
        rule: v.id,
        impact: v.impact ?? '',
        help: v.help,
        targets: v.nodes.map(
          (n) => `${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary}` : ''}`,
        ),
      });
    }
  };
  /** In the light scheme, and in the dark one too when asked. */
  const scan = async (screen: string, { dark = false } = {}) => {
    await once(`${screen} (light)`);
    if (!dark) return;
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
    await once(`${screen} (dark)`);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'light');
  };
  const report = () =>
    findings
      .map(
        (f) =>
          `[${f.screen}] ${f.rule} (${f.impact}): ${f.help}\n${f.targets.map((t) => `    ${t}`).join('\n')}`,
      )
      .join('\n');
  return { scan, findings, scanned, report };
};

/** Drop a file on the inspector's drop zone (a real DataTransfer in the page). */
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

const visibleHeading = (page: Page) => page.locator('main h1:visible').first();

test('the first-start screen passes axe, light and dark', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
  const url = new URL(bridge.url);
  url.searchParams.set('welcome', '');
  await page.goto(url.toString());
  await expect(page.getByTestId('welcome-page')).toBeVisible();
  const { scan, findings, report } = scanner(page);
  await scan('first start', { dark: true });
  expect(findings, `serious or critical axe violations:\n${report()}`).toEqual([]);
});

test('axe finds nothing serious or critical on any screen, light or dark', async ({ page }) => {
  test.setTimeout(180_000);
  // Dialogs are scanned once open, not halfway through their entrance.
  await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
  await page.goto(bridge.url);
  const { scan, findings, scanned, report } = scanner(page);

  // The empty home first, then with certificates in it.
  await expect(page.getByTestId('certificates-empty')).toBeVisible();
  await scan('Mes certificats, empty', { dark: true });
  await page.getByTestId('certificates-watch-folder').click();
  await page.getByTestId('folder-path').fill(folder);
  await page.getByTestId('folder-submit').click();
  await expect(page.getByTestId('certificates-feedback')).toContainText('40 certificats trouvés', {
    timeout: 30_000,
  });
  await scan('Mes certificats', { dark: true });

  // The certificate drawer.
  await page.getByTestId('certificate-row').first().click();
  await expect(page.getByTestId('certificate-drawer')).toBeVisible();
  await scan('certificate drawer', { dark: true });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('certificate-drawer')).toBeHidden();

  // The header's dialogs.
  await page.getByRole('button', { name: 'Autorités IGC-Santé' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await scan('trust drawer', { dark: true });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.getByRole('button', { name: 'À propos' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await scan('about dialog');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();

  // Every place the navigation offers, whatever it holds today.
  const places = await page
    .locator('[data-testid^="nav-"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!));
  expect(places).toEqual(expect.arrayContaining(['nav-certificates', 'nav-order', 'nav-inspect']));
  for (const id of places) {
    await page.getByTestId(id).click();
    await expect(page.getByTestId(id)).toHaveAttribute('aria-current', 'page');
    await expect(visibleHeading(page)).toBeVisible();
    const name = (await visibleHeading(page).innerText()).trim();
    await scan(name, { dark: true });

    if (id === 'nav-order') {
      // The prerequisites, then each step of the wizard, filled as a user would.
      await page.getByTestId('prereq-continue').click();
      await scan('order, step 1 (service)', { dark: true });
      await page.getByTestId('wizard-next').click();
      await expect(page.getByTestId('field-error').first()).toBeVisible();
      await scan('order, step 1 with errors', { dark: true });
      await page.getByTestId('project-DMP').check();
      await page.getByTestId('env-test').check();
      await page.getByTestId('wizard-next').click();
      await scan('order, step 2 (holder)', { dark: true });
      await page.getByTestId('holder-legal-name').fill('CENTRE DE SANTE RPPS22163');
      await page.getByTestId('holder-structure-type').selectOption('FINESS');
      await page.getByTestId('holder-structure-id').fill('0B0221636');
      await page.getByTestId('holder-departement').fill('Rhône');
      await page.getByRole('option', { name: '69 — Rhône', exact: true }).click();
      await page.getByTestId('holder-cn-ORG_AUTH_CLI').fill('LOGICIEL DMP');
      await page.getByTestId('holder-cn-ORG_SIGN').fill('LOGICIEL DMP SIGNATURE');
      await expect(page.getByTestId('field-error')).toHaveCount(0);
      await scan('order, step 2 filled', { dark: true });
      await page.getByTestId('wizard-next').click();
      await expect(page.getByTestId('vault-setup-keyring')).toBeVisible();
      await scan('order, step 3 (keys)', { dark: true });
      await page.getByTestId('vault-setup-keyring').click();
      await expect(page.getByTestId('vault-ready')).toBeVisible();
      await page.getByTestId('generate-keys').click();
      for (const product of ['ORG_AUTH_CLI', 'ORG_SIGN'])
        await expect(page.getByTestId(`order-progress-${product}`)).toHaveAttribute('data-stage', 'done', {
          timeout: 60_000,
        });
      await scan('order, step 3 done', { dark: true });
      await page.getByTestId('wizard-next').click();
      await expect(page.getByTestId('csr-pem-ORG_AUTH_CLI')).toBeVisible();
      await scan('order, step 4 (CSR)', { dark: true });
    }
    if (id === 'nav-inspect') {
      await dropFile(page, INSI, 'INSI-AUTO-certificate.p12');
      await expect(page.getByTestId('cert-card').first()).toBeVisible();
      await scan('Examiner un fichier, a file read', { dark: true });
    }
  }
  // The orders made above, listed.
  await page.getByTestId('nav-orders').click();
  await expect(page.getByTestId('order-row')).toHaveCount(2);
  await scan('Mes commandes, two orders', { dark: true });
  await page.getByTestId('order-details').first().click();
  await expect(page.getByTestId('order-drawer')).toBeVisible();
  await scan('order drawer', { dark: true });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('order-drawer')).toBeHidden();

  console.log(`axe: ${scanned.length} scans: ${scanned.join(' · ')}`);
  expect(findings, `serious or critical axe violations:\n${report()}`).toEqual([]);
});

test('the order wizard by keyboard only: focus goes to each step heading', async ({ page }) => {
  await page.goto(bridge.url);
  /** Tab until the element is focused (the route a keyboard user takes). */
  const tabTo = async (testId: string, max = 60) => {
    const target = page.getByTestId(testId);
    for (let i = 0; i < max; i += 1) {
      if (await target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement)))
        return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`${testId} not reached with Tab`);
  };

  // From the top of the page to the navigation's "Commander", with Tab.
  await tabTo('nav-order');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('nav-order')).toHaveAttribute('aria-current', 'page');

  // The checklist may come first (it is offered until an order exists, or again on demand).
  const checklist = page.getByTestId('prereq-continue');
  await expect(checklist.or(page.getByTestId('wizard-next'))).toBeVisible();
  if (await checklist.isVisible()) {
    await tabTo('prereq-continue');
    await page.keyboard.press('Enter');
  }
  await expect(page.getByTestId('wizard-next')).toBeVisible();
  // Step 1: a service (checkbox, Space) and the TEST platform (radio, arrows).
  await tabTo('project-DMP');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('project-DMP')).toBeChecked();
  await tabTo('env-production');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('env-test')).toBeChecked();
  await tabTo('wizard-next');
  await page.keyboard.press('Enter');
  // The new step's heading has the focus (screen readers start reading there).
  const focusedHeading = page.locator('main h2:focus');
  await expect(focusedHeading).toHaveText('Titulaire');

  // Step 2: typing only.
  await tabTo('holder-legal-name');
  await page.keyboard.type('CENTRE DE SANTE RPPS22163');
  await tabTo('holder-structure-type');
  // A native select: the keyboard picks FINESS by its first letter.
  await page.keyboard.press('F');
  await expect(page.getByTestId('holder-structure-type')).toHaveValue('FINESS');
  await tabTo('holder-structure-id');
  await page.keyboard.type('0B0221636');
  await tabTo('holder-departement');
  await page.keyboard.type('Rhône');
  await expect(page.getByRole('option', { name: '69 — Rhône', exact: true })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('holder-departement')).toHaveValue(/Rhône/);
  await tabTo('holder-cn-ORG_AUTH_CLI');
  await page.keyboard.type('LOGICIEL DMP');
  await tabTo('holder-cn-ORG_SIGN');
  await page.keyboard.type('LOGICIEL DMP SIGNATURE');
  await expect(page.getByTestId('field-error')).toHaveCount(0);
  await tabTo('wizard-next');
  await page.keyboard.press('Enter');
  await expect(focusedHeading).toHaveText('Clés');
  await expect(page.getByTestId('vault-setup-keyring').or(page.getByTestId('vault-ready'))).toBeVisible();
  // Back, by keyboard: the focus returns to step 2's heading.
  await tabTo('wizard-back');
  await page.keyboard.press('Enter');
  await expect(focusedHeading).toHaveText('Titulaire');
});

test('the OS colour scheme and reduced motion are followed', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await page.goto(bridge.url);
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'dark');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const dark = await background();
  // The OS switches while the app runs: the app follows.
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'light');
  expect(await background()).not.toBe(dark);

  // Reduced motion: a dialog opens with no transition.
  const durations = async () => {
    await page.getByRole('button', { name: 'À propos' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    const found = await page.evaluate(() =>
      [...document.querySelectorAll('.mantine-Modal-content, .mantine-Modal-overlay')].map(
        (el) => getComputedStyle(el).transitionDuration,
      ),
    );
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    return found;
  };
  const reduced = await durations();
  expect(reduced.length).toBeGreaterThan(0);
  for (const d of reduced) expect(d.split(',').every((x) => parseFloat(x) === 0)).toBe(true);
  // No CSS animation runs anywhere either.
  const animated = await page.evaluate(
    () => document.getAnimations().filter((a) => a.playState === 'running').length,
  );
  expect(animated).toBe(0);

  await page.emulateMedia({ reducedMotion: 'no-preference' });
  const moving = await durations();
  expect(moving.some((d) => d.split(',').some((x) => parseFloat(x) > 0))).toBe(true);
});
