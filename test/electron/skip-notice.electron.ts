import { test } from '@playwright/test';
import { findElectronBinary } from './electron-binary.js';

// Says loudly, once, why the Electron suite does not run on this machine.
test('Electron binary available', () => {
  const found = findElectronBinary();
  if ('reason' in found) {
    console.log(`[electron suite] skipped: ${found.reason}`);
    test.skip(true, found.reason);
  }
});
