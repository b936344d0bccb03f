/**
 * Fuzzing PKCS#7 bundles (pki/pkcs7 through `readFile`): the vendored .p7b files mutated as
 * DER (framing kept or broken, BER indefinite forms, certificates and CRLs grafted in or
 * repeated) and as PEM with damaged armour.
 */
import 'reflect-metadata';
import fc from 'fast-check';
import { endOperation } from '../../../src/main/pki/certificate/index.js';
import { readFile } from '../../../src/main/pki/reader/index.js';
import { checkRead } from '../../fuzz/checks.js';
import { fuzz } from '../../fuzz/harness.js';
import { derMutant, describeSample, type Sample } from '../../fuzz/mutate-der.js';
import { pemMutant } from '../../fuzz/mutate-pem.js';
import { seedsOf } from '../../fuzz/seeds.js';

const bundles = seedsOf('pkcs7');

describe('fuzz: PKCS#7', () => {
  fuzz('pkcs7.bundles', {
    arbitrary: fc.oneof(
      { arbitrary: derMutant(bundles, { pool: seedsOf('certificate', 'crl', 'pkcs7') }), weight: 3 },
      { arbitrary: pemMutant(bundles), weight: 1 },
    ),
    call: (s: Sample) => readFile(s.bytes),
    check: checkRead,
    describe: describeSample,
    after: endOperation,
  });
});
