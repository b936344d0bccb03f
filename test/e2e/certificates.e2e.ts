import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeInventoryFolder, type InventoryFolder } from '../helpers/inventory-folder.js';
import { ROOT, startBridgeProcess, type RunningBridge } from './bridge-fixture.js';

/**
 * "Mes certificats" and the IT dashboard on a real inventory of 10,000 certificates: a
 * folder generated here, watched through the page's typed-path field (the browser has no
 * folder dialog), scanned by the real services behind the dev bridge.
 */

const SHOTS = join(ROOT, 'test-results', 'e2e');
const COUNT = 10_000;

let bridge: RunningBridge;
let folder: string;
let made: InventoryFolder;

test.beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'vigie-e2e-inventory-'));
  made = writeInventoryFolder(folder, COUNT);
  bridge = await startBridgeProcess({
    ...(process.env['VIGIE_E2E_RENDERER_DIR']
      ? { VIGIE_RENDERER_DIR: process.env['VIGIE_E2E_RENDERER_DIR'] }
      : {}),
  });
});
test.afterAll(async () => {
  await bridge?.stop();
  if (folder) rmSync(folder, { recursive: true, force: true, maxRetries: 3 });
});

/** Numbers as the page prints them in French (narrow no-break space between thousands). */
const fr = (n: number) => n.toLocaleString('fr-FR');
const all = `${fr(COUNT)} certificats affichés sur ${fr(COUNT)}`;

const rows = (page: Page) => page.getByTestId('certificate-row');
const shown = (page: Page) => page.getByTestId('certificates-shown');

test('an IT admin watches a folder of 10,000 certificates, filters, searches and opens one by keyboard', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto(bridge.url);

  // A new user: the empty home says what to do.
  await expect(page.getByTestId('certificates-empty')).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'certificates-empty.png'), fullPage: true });

  // No folder dialog in a browser: the page asks for the path.
  await page.getByTestId('certificates-watch-folder').click();
  await page.getByTestId('folder-path').fill(folder);
  await page.getByTestId('folder-submit').click();
  await expect(page.getByTestId('certificates-feedback')).toContainText(`${fr(COUNT)} certificats trouvés`, {
    timeout: 60_000,
  });
  await expect(shown(page)).toHaveText(all);
  await expect(page.getByTestId('watched-folder')).toContainText(folder);

  // Counts by status, as generated: 4 + 12 + 26 days to go are "à renouveler maintenant".
  const expected = (pred: (days: number) => boolean) => made.leaves.filter((l) => pred(l.days)).length;
  const renewNow = expected((d) => d >= 0 && d <= 30);
  const expired = expected((d) => d < 0);
  await expect(page.getByTestId('status-card-renew-now').getByTestId('status-count')).toHaveText(
    fr(renewNow),
  );

  // Soonest action first: the 4-day certificates lead, then 12, then 26 days.
  const first = rows(page).first();
  await expect(first).toHaveAttribute('data-status', 'renew-now');
  const soonest = made.leaves.filter((l) => l.days === 4).map((l) => l.cn);
  expect(soonest).toContain(await first.getByTestId('row-name').textContent());
  const statuses = await rows(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
  expect(new Set(statuses)).toEqual(new Set(['renew-now']));
  // Windowed: the DOM holds a screenful of rows, not 10,000.
  expect(statuses.length).toBeLessThan(40);
  await page.screenshot({ path: join(SHOTS, 'certificates-dashboard.png'), fullPage: true });

  // Filter by status with its card.
  await page.getByTestId('status-card-expired').click();
  await expect(shown(page)).toHaveText(`${fr(expired)} certificats affichés sur ${fr(COUNT)}`);
  await expect(page.getByTestId('status-card-expired')).toHaveAttribute('aria-pressed', 'true');
  const filtered = await rows(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
  expect(new Set(filtered)).toEqual(new Set(['expired']));
  await page.getByTestId('status-card-expired').click();
  await expect(shown(page)).toHaveText(all);

  // A month of the chart narrows the list to its deadlines (the bar's figure); Enter on the
  // same month, by keyboard, lifts it.
  const month = page.getByTestId('expiry-chart').getByRole('button').first();
  const inMonth = Number(await month.getAttribute('data-count'));
  expect(inMonth).toBeGreaterThan(0);
  await month.click();
  await expect(shown(page)).toHaveText(`${fr(inMonth)} certificats affichés sur ${fr(COUNT)}`);
  await expect(month).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('month-filter')).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'certificates-month-filter.png'), fullPage: true });
  await month.focus();
  await page.keyboard.press('Enter');
  await expect(shown(page)).toHaveText(all);
  await expect(page.getByTestId('month-filter')).toBeHidden();

  // Free-text search, accents and case aside.
  const target = made.leaves[4321]!;
  await page.getByTestId('certificates-search').fill(`POSTE-4321.ch-`);
  await expect(shown(page)).toHaveText(`1 certificat affiché sur ${fr(COUNT)}`);
  await expect(rows(page).getByTestId('row-name')).toHaveText(target.cn);
  await page.getByTestId('certificates-search').fill('hôpital');
  await expect(page.getByTestId('certificates-no-match')).toBeVisible();
  await page.getByTestId('certificates-search').fill('centre hospitalier de brest');
  await expect(shown(page)).toHaveText(`${fr(COUNT / 10)} certificats affichés sur ${fr(COUNT)}`);
  await page.getByTestId('certificates-search').fill('');
  await expect(shown(page)).toHaveText(all);

  // Keyboard only: into the grid, down the rows, to the very end (a row never drawn before).
  await rows(page).first().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('[data-testid="certificate-row"]:focus')).toHaveAttribute('data-index', '2');
  await page.keyboard.press('End');
  const last = page.locator('[data-testid="certificate-row"]:focus');
  await expect(last).toHaveAttribute('data-index', String(COUNT - 1));
  await page.keyboard.press('PageUp');
  await page.keyboard.press('Home');
  await expect(page.locator('[data-testid="certificate-row"]:focus')).toHaveAttribute('data-index', '0');
  await page.keyboard.press('ArrowDown');
  const sha256 = await page.locator('[data-testid="certificate-row"]:focus').getAttribute('data-sha256');
  await page.keyboard.press('Enter');
  const drawer = page.getByTestId('certificate-drawer');
  await expect(drawer).toHaveAttribute('data-sha256', sha256!);
  await expect(drawer.getByTestId('drawer-place')).toHaveCount(1);
  await expect(drawer.getByTestId('drawer-place')).toContainText(folder);
  await page.screenshot({ path: join(SHOTS, 'certificates-drawer.png') });

  // Snooze it for 7 days, from the drawer, by keyboard.
  await drawer.getByTestId('drawer-snooze').focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('snooze-7').click();
  await expect(drawer.getByTestId('drawer-feedback')).toContainText('Rappels suspendus jusqu’au');
  await expect(drawer.getByTestId('drawer-lift-snooze')).toBeVisible();

  // "Révoquer…" unfolds the guidance in the drawer.
  await drawer.getByTestId('drawer-revoke').click();
  await expect(drawer.getByTestId('revoke-guide')).toBeVisible();
  await drawer.getByTestId('revoke-guide').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'certificates-revoke.png') });
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await expect(page.locator('[data-testid="certificate-row"]:focus')).toHaveAttribute('data-sha256', sha256!);

  // Export the inventory as CSV: the page says where it went.
  await page.getByTestId('certificates-export').click();
  await page.getByTestId('export-csv').click();
  const feedback = page.getByTestId('certificates-feedback');
  await expect(feedback).toContainText('Rapport enregistré');
  const path = /Rapport enregistré : (.+)$/.exec((await feedback.textContent()) ?? '')?.[1]?.trim();
  expect(path?.startsWith(bridge.dataDir)).toBe(true);
  expect(readFileSync(path!, 'utf8').split('\n').filter(Boolean).length).toBeGreaterThan(COUNT);
});
