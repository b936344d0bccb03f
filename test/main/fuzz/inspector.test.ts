/**
 * Fuzzing the inspector (services/inspector `inspectBytes`): the whole pipeline a user's file
 * goes through (reader, describe, IGC-Santé recognition, chain building against the pinned
 * anchors and the trust store) on mutated DER and damaged PEM of every vendored kind.
 */
import 'reflect-metadata';
import fc from 'fast-check';
import { inspectBytes } from '../../../src/main/services/inspector/inspect-bytes.js';
import { checkRead } from '../../fuzz/checks.js';
import { fuzz } from '../../fuzz/harness.js';
import { calibrate, kdfMeter } from '../../fuzz/kdf-meter.js';
import { derMutant, describeSample, type Sample } from '../../fuzz/mutate-der.js';
import { pemMutant } from '../../fuzz/mutate-pem.js';
import { igcStore, SEEDS } from '../../fuzz/seeds.js';

vi.mock('../../../src/main/pki/crypto/work-budget.js', async (actual) =>
  (await import('../../fuzz/kdf-meter.js')).metered(await actual()),
);

beforeAll(async () => {
  await calibrate();
});

const store = igcStore();
const NOW = new Date('2026-06-01T00:00:00Z');

describe('fuzz: inspector', () => {
  fuzz('inspector.inspect-bytes', {
    arbitrary: fc.oneof(
      { arbitrary: derMutant(SEEDS), weight: 3 },
      { arbitrary: pemMutant(SEEDS), weight: 1 },
    ),
    call: (s: Sample) => {
      kdfMeter.reset();
      return inspectBytes({
        fileName: 'fuzz.bin',
        bytes: s.bytes,
        ...(s.password === undefined ? {} : { password: s.password }),
        now: NOW,
        storeCertificates: store,
      });
    },
    check: (r) => {
      const bad = checkRead(r);
      if (bad || !r.ok) return bad;
      const w = r.value.warnings.find((x) => typeof x.code !== 'string' || typeof x.message !== 'string');
      return w ? `a warning without code or message: ${JSON.stringify(w)}` : null;
    },
    describe: describeSample,
    exempt: kdfMeter.exemptMs,
  });
});
