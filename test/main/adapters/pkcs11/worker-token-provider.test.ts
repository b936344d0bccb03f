import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createWorkerTokenProvider } from '../../../../src/main/adapters/pkcs11/worker-token-provider.js';
import { TokenServiceError } from '../../../../src/main/adapters/pkcs11/token-service-error.js';
import type { SlotInfo, TokenProvider } from '../../../../src/main/ports/token-provider.js';
import { setUpSoftHsm, softhsmMissing, waitFor, type SoftHsm } from '../../../helpers/softhsm.js';
import { tempDir } from '../../../helpers/temp-dir.js';
import { bundleTokenWorker } from './bundle-token-worker.js';
import {
  PIN,
  providerSuite,
  SO_PIN,
  softhsmModules,
  tokenSlot,
  type SuiteContext,
} from './provider-suite.js';

const missing = softhsmMissing();
if (missing !== null) console.log(`skipped: the PKCS#11 worker provider tests need SoftHSM2: ${missing}`);

/** Generous: the tick is 1 s (a change shows within about 2 s), but a loaded 2-core machine may run late. */
const CHANGE_DEADLINE_MS = 10_000;

describe.skipIf(missing !== null)('worker token provider on SoftHSM2', () => {
  let hsm: SoftHsm;
  let provider: TokenProvider;
  let ctx: SuiteContext;

  beforeAll(async () => {
    hsm = setUpSoftHsm();
    const serial = hsm.initToken('Vigie Worker', PIN, SO_PIN);
    provider = createWorkerTokenProvider({ script: await bundleTokenWorker(), modules: softhsmModules });
    ctx = { hsm, provider, token: { module: softhsmModules()[0]!.path, serial } };
  });
  afterAll(async () => {
    await provider?.close();
    hsm?.restore();
  });

  providerSuite(() => ctx, 'Vigie Worker');

  it('reports a token created and then deleted while it watches', async () => {
    const seen: SlotInfo[][] = [];
    const stop = provider.onChange((slots) => seen.push(slots));
    try {
      // Let the watch take its first look, so the new token is a change and not the baseline.
      expect(tokenSlot(await provider.slots(), 'Vigie Hotplug')).toBeNull();
      const created = Date.now();
      const serial = hsm.initToken('Vigie Hotplug', PIN, SO_PIN);
      await waitFor(
        () => seen.some((s) => tokenSlot(s, 'Vigie Hotplug') !== null),
        CHANGE_DEADLINE_MS,
        'the new token',
      );
      const arrival = Date.now() - created;
      expect(tokenSlot(seen.at(-1) ?? [], 'Vigie Hotplug')?.token?.serial).toBe(serial);

      const count = seen.length;
      const deleted = Date.now();
      hsm.deleteToken('Vigie Hotplug');
      await waitFor(
        () => seen.length > count && tokenSlot(seen.at(-1) ?? [], 'Vigie Hotplug') === null,
        CHANGE_DEADLINE_MS,
        'the token to go',
      );
      // Measured, not asserted (no timed assertions): about a tick each on an idle machine.
      console.log(`token seen after ${arrival} ms, its removal after ${Date.now() - deleted} ms (1 s tick)`);
      // The token of the other tests is still there in every report.
      for (const slots of seen) expect(tokenSlot(slots, 'Vigie Worker')).not.toBeNull();
    } finally {
      stop();
    }
  });

  it('answers with a typed error once closed', async () => {
    // No module: SoftHSM's state is shared within the process and stays the other worker's.
    const closing = createWorkerTokenProvider({ script: await bundleTokenWorker(), modules: () => [] });
    expect(await closing.slots()).toEqual([]);
    await closing.close();
    expect(await closing.checkPin(ctx.token, PIN)).toMatchObject({ ok: false, error: { code: 'failed' } });
    await expect(closing.slots()).rejects.toBeInstanceOf(TokenServiceError);
  });
});

describe('worker token provider when its thread dies', () => {
  it('answers the pending call with a typed error and starts a new thread for the next', async () => {
    // A worker that dies on every message it gets: each call meets a crash.
    const script = join(tempDir('vigie-token-crash-'), 'crash-worker.mjs');
    writeFileSync(
      script,
      "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => process.exit(3));\n",
    );
    const provider = createWorkerTokenProvider({ script, modules: () => [] });
    const token = { module: '/usr/lib/softhsm/libsofthsm2.so', serial: '1' };
    for (let round = 0; round < 2; round++) {
      expect(await provider.checkPin(token, '1234')).toEqual({
        ok: false,
        error: { code: 'failed', message: 'The token service stopped unexpectedly.', ckr: null },
      });
      await expect(provider.slots()).rejects.toBeInstanceOf(TokenServiceError);
    }
    await provider.close();
  });
});
