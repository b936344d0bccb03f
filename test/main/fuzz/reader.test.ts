/**
 * Fuzzing `readFile` (pki/reader), the entry point of every user file: mutated DER of every
 * kind of vendored file, encrypted keys with their password, random bytes.
 * Properties (test/fuzz/harness.ts): no exception, a ReadError with a known code (and never
 * the reader's catch-all for an unexpected exception), within the time limit, bounded heap.
 */
import 'reflect-metadata';
import { endOperation } from '../../../src/main/pki/certificate/index.js';
import { readFile } from '../../../src/main/pki/reader/index.js';
import { checkRead } from '../../fuzz/checks.js';
import { fuzz } from '../../fuzz/harness.js';
import { calibrate, kdfMeter } from '../../fuzz/kdf-meter.js';
import { derMutant, describeSample, randomBytes, type Sample } from '../../fuzz/mutate-der.js';
import { SEEDS, seedsOf } from '../../fuzz/seeds.js';

vi.mock('../../../src/main/pki/crypto/work-budget.js', async (actual) =>
  (await import('../../fuzz/kdf-meter.js')).metered(await actual()),
);

beforeAll(async () => {
  await calibrate();
});

const read = (s: Sample) => {
  kdfMeter.reset();
  return readFile(s.bytes, s.password === undefined ? {} : { password: s.password });
};

const common = {
  call: read,
  check: checkRead,
  describe: describeSample,
  after: endOperation,
  exempt: kdfMeter.exemptMs,
};

describe('fuzz: readFile', () => {
  fuzz('reader.der-mutations', {
    ...common,
    // No password: what a user opening an unknown file gets.
    call: (s: Sample) => {
      kdfMeter.reset();
      return readFile(s.bytes);
    },
    arbitrary: derMutant(SEEDS),
  });

  fuzz('reader.encrypted-keys', {
    ...common,
    arbitrary: derMutant(seedsOf('encrypted-key', 'key'), { file: true }),
  });

  fuzz('reader.random-bytes', { ...common, arbitrary: randomBytes });
});
