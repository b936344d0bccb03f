/**
 * Fuzzing PEM reading (pki/pem): real PEM files and armoured DER with the armour damaged,
 * through `readFile` (blocks decoded and read) and through `scanPem` alone (every BEGIN line
 * answered: a block, or a broken one with a ReadError of a known code).
 */
import 'reflect-metadata';
import { endOperation } from '../../../src/main/pki/certificate/index.js';
import { scanPem } from '../../../src/main/pki/pem/index.js';
import { readFile } from '../../../src/main/pki/reader/index.js';
import { ReadErrorCode } from '../../../src/shared/model/errors.js';
import { checkRead } from '../../fuzz/checks.js';
import { fuzz, knownCode } from '../../fuzz/harness.js';
import { calibrate, kdfMeter } from '../../fuzz/kdf-meter.js';
import { describeSample, type Sample } from '../../fuzz/mutate-der.js';
import { pemMutant } from '../../fuzz/mutate-pem.js';
import { SEEDS } from '../../fuzz/seeds.js';

vi.mock('../../../src/main/pki/crypto/work-budget.js', async (actual) =>
  (await import('../../fuzz/kdf-meter.js')).metered(await actual()),
);

beforeAll(async () => {
  await calibrate();
});

describe('fuzz: PEM', () => {
  fuzz('pem.armour-damage', {
    arbitrary: pemMutant(SEEDS),
    call: (s: Sample) => {
      kdfMeter.reset();
      return readFile(s.bytes, s.password === undefined ? {} : { password: s.password });
    },
    check: checkRead,
    describe: describeSample,
    after: endOperation,
    exempt: kdfMeter.exemptMs,
  });

  fuzz('pem.scan', {
    arbitrary: pemMutant(SEEDS),
    call: (s: Sample) => scanPem(s.bytes),
    check: (entries) => {
      for (const e of entries) {
        if (e.kind === 'block' && !(e.block.der instanceof Uint8Array)) return 'a block without DER';
        if (e.kind === 'broken') {
          const bad = knownCode(e.error.code, ReadErrorCode.options, 'broken block');
          if (bad) return bad;
        }
      }
      return null;
    },
    describe: describeSample,
  });
});
