/**
 * Fuzzing PKCS#12 reading (pki/pkcs12 through `readFile`): the vendored .p12 files mutated,
 * opened without a password (what a user first sees) and with theirs (MAC check, decryption,
 * bags), or a wrong or hostile one. Password hashing inside the documented work budget is
 * not counted in a case's time (test/fuzz/kdf-meter.ts).
 */
import 'reflect-metadata';
import fc from 'fast-check';
import { endOperation } from '../../../src/main/pki/certificate/index.js';
import { readFile } from '../../../src/main/pki/reader/index.js';
import { checkRead } from '../../fuzz/checks.js';
import { fuzz } from '../../fuzz/harness.js';
import { calibrate, kdfMeter } from '../../fuzz/kdf-meter.js';
import { derMutant, describeSample, type Sample } from '../../fuzz/mutate-der.js';
import { seedsOf } from '../../fuzz/seeds.js';
import { hostileString } from '../../fuzz/strings.js';

vi.mock('../../../src/main/pki/crypto/work-budget.js', async (actual) =>
  (await import('../../fuzz/kdf-meter.js')).metered(await actual()),
);

beforeAll(async () => {
  await calibrate();
});

const stores = seedsOf('pkcs12');
const pool = seedsOf('pkcs12', 'certificate', 'key', 'encrypted-key');

const read = (password: string | undefined) => (s: Sample) => {
  kdfMeter.reset();
  return readFile(s.bytes, password === undefined ? {} : { password });
};

const common = { check: checkRead, after: endOperation, exempt: kdfMeter.exemptMs };

describe('fuzz: PKCS#12', () => {
  fuzz('pkcs12.no-password', {
    ...common,
    arbitrary: derMutant(stores, { pool }),
    call: (s: Sample) => read(undefined)(s),
    describe: describeSample,
  });

  fuzz('pkcs12.with-password', {
    ...common,
    arbitrary: fc.tuple(
      derMutant(stores, { pool }),
      fc.oneof({ arbitrary: fc.constant(null), weight: 4 }, { arbitrary: hostileString(4), weight: 1 }),
    ),
    call: ([s, other]) => read(other ?? s.password ?? '')(s),
    describe: ([s, other]) =>
      `${describeSample(s)} password=${other === null ? 'its own' : JSON.stringify(other.slice(0, 40))}`,
  });
});
