import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_FILE_BYTES } from '../../src/shared/limits.js';
import { createSigner, manyLeaves, toPem } from '../helpers/many-certificates.js';
import { ROOT, startBridgeProcess, type RunningBridge } from './bridge-fixture.js';

const SHOTS = join(ROOT, 'test-results', 'e2e');

let bridge: RunningBridge;
let work: string;
let bundle: string;
let count = 0;

test.beforeAll(async () => {
  // A PEM at the reader's size cap: one CA and as many small Ed25519 leaves as fit (~25,000).
  work = mkdtempSync(join(tmpdir(), 'vigie-e2e-bundle-'));
  const ca = createSigner('Vigie e2e bundle CA');
  const blocks = [toPem([ca.der])];
  let size = blocks[0]!.length;
  for (const leaf of manyLeaves(ca, 30_000)) {
    const block = toPem([leaf]);
    if (size + block.length > MAX_FILE_BYTES) break;
    blocks.push(block);
    size += block.length;
  }
  count = blocks.length;
  bundle = join(work, 'bundle.pem');
  writeFileSync(bundle, blocks.join(''));
  bridge = await startBridgeProcess();
});
test.afterAll(async () => {
  await bridge?.stop();
  rmSync(work, { recursive: true, force: true });
});

test('a 10 MiB bundle of ~25,000 certificates: the app keeps answering while it is read, then shows a page of cards', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(bridge.url);
  await page.getByTestId('nav-inspect').click();
  await page.getByTestId('file-input').setInputFiles(bundle);
  await expect(page.getByText('Analyse de « bundle.pem »…')).toBeVisible();

  // While main reads the bundle (in its worker), another place still loads from main.
  await page.getByTestId('nav-orders').click();
  await expect(page.getByTestId('orders-empty')).toBeVisible();
  await page.getByTestId('nav-inspect').click();

  const total = new Intl.NumberFormat('fr-FR').format(count);
  await expect(page.getByTestId('item-count')).toBeVisible({ timeout: 200_000 });
  expect((await page.getByTestId('item-count').textContent())?.replace(/\s/g, ' ')).toBe(
    `${total} objets dans ce fichier.`.replace(/\s/g, ' '),
  );
  await expect(page.getByTestId('cert-card')).toHaveCount(50);
  await page.getByTestId('show-more-items').click();
  await expect(page.getByTestId('cert-card')).toHaveCount(100);
  await page.screenshot({ path: join(SHOTS, 'inspector-big-bundle.png') });
  expect(errors).toEqual([]);
});
