import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validatePath } from '../../../../src/main/pki/validation/index.js';
import { VECTORS } from '../../../helpers/vectors.js';

const PKITS = join(VECTORS, 'nist-pkits');

type Entry = {
  kind: string;
  expect: 'valid' | 'invalid' | null;
  trust_anchor: string;
  intermediates: string[];
  crls: string[];
};

const manifest = JSON.parse(readFileSync(join(PKITS, 'manifest.json'), 'utf8')) as {
  files: Record<string, Entry>;
};
const read = (path: string) => new Uint8Array(readFileSync(join(PKITS, path)));
const cases = Object.entries(manifest.files).filter(([, e]) => e.kind === 'pkits-end-entity');

/** PKITS default inputs (SOURCES.md): anyPolicy, no explicit policy, revocation required. */
const run = (file: string, e: Entry) =>
  validatePath({
    target: read(file),
    untrusted: e.intermediates.map(read),
    anchors: [read(e.trust_anchor)],
    crls: e.crls.map(read),
    at: new Date('2020-01-01T00:00:00Z'),
    revocation: 'require',
  });

describe('NIST PKITS sweep', () => {
  it('agrees with PKITS on ≥ 95% of the stated outcomes and accepts no must-fail case', async () => {
    let stated = 0;
    let agreed = 0;
    const disagreements: string[] = [];
    const acceptedInvalid: string[] = [];
    for (const [file, e] of cases) {
      const outcome = await run(file, e); // also the "no crash" check for expect: null
      if (e.expect === null) continue;
      stated++;
      // A rejection is "invalid" or "unknown" (a revocation status that could not be
      // established): PKITS's invalid only says the path must not be accepted.
      const accepted = outcome.status === 'valid';
      if (accepted === (e.expect === 'valid')) agreed++;
      else disagreements.push(`${file}: expected ${e.expect}, got ${outcome.status} (${outcome.reason})`);
      if (e.expect === 'invalid' && outcome.status === 'valid') acceptedInvalid.push(file);
    }
    const rate = (100 * agreed) / stated;
    console.log(`PKITS agreement: ${agreed}/${stated} (${rate.toFixed(1)}%)`);
    if (disagreements.length > 0) console.log(`Disagreements:\n${disagreements.join('\n')}`);
    expect(cases.length).toBeGreaterThan(100);
    expect(acceptedInvalid).toEqual([]);
    expect(rate).toBe(100);
  }, 120_000);
});
