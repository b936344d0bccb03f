import { _electron as electron, expect, test } from '@playwright/test';
import { join } from 'node:path';
import { findElectronBinary } from './electron-binary.js';

const found = findElectronBinary();
const VECTORS = join(import.meta.dirname, '..', 'vectors');

test.describe('Vigie in Electron', () => {
  test.skip('reason' in found, 'reason' in found ? `skipped: ${found.reason}` : '');

  test('opens hardened, inspects the real TEST download', async () => {
    if (!('path' in found)) return;
    const app = await electron.launch({
      executablePath: found.path,
      args: [join(import.meta.dirname, '..', '..'), ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
      env: {
        ...process.env,
        VIGIE_DATA_DIR: join(import.meta.dirname, '..', '..', 'test-results', 'electron-data'),
        // Real IGC-Santé files name ANS's servers: the app under test reaches loopback only.
        VIGIE_NETWORK: 'loopback',
      },
    });
    const page = await app.firstWindow();
    // The security defaults are observable from the page.
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(
      await page.evaluate(
        () => typeof (window as { vigie?: { inspector?: { inspect?: unknown } } }).vigie?.inspector?.inspect,
      ),
    ).toBe('function');
    await page
      .getByTestId('file-input')
      .setInputFiles(join(VECTORS, 'igc-sante', 'end-entity', 'INSI-AUTO-certificate.p12'));
    await expect(page.getByTestId('cert-card').first()).toContainText('0B0221636');
    await page.screenshot({
      path: join(import.meta.dirname, '..', '..', 'test-results', 'electron', 'inspector.png'),
    });
    await app.close();
  });
});
