/**
 * Password hashing is the one cost a file may legitimately impose: a PKCS#12 or encrypted key
 * may ask for up to MAX_KDF_ITERATIONS (2,000,000) iterations per derivation, and the work
 * budget (src/main/pki/crypto/work-budget.ts) caps the sum per file at 3 × that. A mutated
 * iteration count inside those limits is the documented behaviour, not a hang, so the time
 * limit applies to everything else: the units a case spends are metered through the budget's
 * own `spend` and their cost, calibrated here on this machine, is taken off the case's time.
 * Anything over the budget is refused by the code under test before any work.
 *
 * Use (in a test file, so the mock applies to every importer of the module):
 *   vi.mock('<src>/main/pki/crypto/work-budget.js', async (actual) =>
 *     (await import('<test>/fuzz/kdf-meter.js')).metered(await actual()));
 */
import { pbkdf2Sync } from 'node:crypto';
import { performance } from 'node:perf_hooks';
// Types only: this module is imported by the mock factory of work-budget.js, so it must not
// load that module (or anything importing it) before the mock exists. calibrate() loads late.
import type { WorkBudget } from '../../src/main/pki/crypto/work-budget.js';

let units = 0;
/** Milliseconds per budget unit on this machine, with slack (hash choice, a busy neighbour). */
let msPerUnit = 0.005;

type BudgetModule = { spend: (budget: WorkBudget, units: number) => void };

/** The work-budget module with `spend` counting what it lets through. */
export const metered = <M extends BudgetModule>(actual: M): M => ({
  ...actual,
  spend: (budget: WorkBudget, n: number) => {
    actual.spend(budget, n);
    units += n;
  },
});

export const kdfMeter = {
  reset: (): void => {
    units = 0;
  },
  /** The hashing time of the units spent since the last reset, in ms. */
  exemptMs: (): number => units * msPerUnit,
  units: (): number => units,
};

/** Measures both kinds of unit (PKCS#12 KDF in JS, PBKDF2 in OpenSSL) and keeps the dearer, doubled. */
export const calibrate = async (): Promise<number> => {
  const { pkcs12Kdf } = await import('../../src/main/pki/crypto/pkcs12-kdf.js');
  const { PBKDF2_UNIT_COST } = await import('../../src/main/pki/crypto/work-budget.js');
  const iterations = 40_000;
  let t0 = performance.now();
  await pkcs12Kdf('sha256', new Uint8Array(18), new Uint8Array(8), 3, iterations, 32, {
    remaining: Infinity,
  });
  const jsUnit = (performance.now() - t0) / iterations;
  t0 = performance.now();
  pbkdf2Sync('password', 'saltsalt', iterations, 32, 'sha512');
  const pbkdf2Unit = (performance.now() - t0) / (iterations * PBKDF2_UNIT_COST);
  msPerUnit = 2 * Math.max(jsUnit, pbkdf2Unit);
  units = 0;
  return msPerUnit;
};
