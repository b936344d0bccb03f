import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../../src/main/cli/vigie-cli.js';
import type { CliIo } from '../../../src/main/cli/cli-io.js';
import { makeLookAlike, pemOf } from '../../helpers/look-alike.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { INSI_P12 } from '../../helpers/vectors.js';

const inspectJson = async (file: string) => {
  const out: string[] = [];
  const io: CliIo = { stdout: (t) => void out.push(t), stderr: () => undefined, readStdin: async () => '' };
  const code = await runCli(['inspect', '--json', file], io);
  return { code, rows: JSON.parse(out.join('')) as { igcSante: Record<string, unknown> | null }[] };
};

describe('vigie inspect --json: igcSante.genuine', () => {
  beforeAll(() => {
    process.env['VIGIE_DATA_DIR'] = tempDir('vigie-cli-genuine-');
  });

  it('says "genuine": false for a look-alike PS leaf and its self-made CA, naming no IGC-Santé CA', async () => {
    const fake = await makeLookAlike();
    const file = join(tempDir('vigie-look-alike-'), 'look-alike.pem');
    writeFileSync(file, pemOf(fake.leaf) + pemOf(fake.ca));
    const { code, rows } = await inspectJson(file);
    expect(code).toBe(0);
    expect(rows[0]?.igcSante).toMatchObject({
      family: 'PS',
      product: 'PS_AUTH',
      genuine: false,
      issuingCa: null,
    });
    expect(rows[1]?.igcSante).toMatchObject({ family: 'CA', genuine: false, issuingCa: null });
  });

  it('says NOT GENUINE in the text report of a look-alike, and never "issued by"', async () => {
    const fake = await makeLookAlike();
    const file = join(tempDir('vigie-look-alike-'), 'look-alike.pem');
    writeFileSync(file, pemOf(fake.leaf) + pemOf(fake.ca));
    const out: string[] = [];
    const io: CliIo = { stdout: (t) => void out.push(t), stderr: () => undefined, readStdin: async () => '' };
    expect(await runCli(['inspect', file], io)).toBe(0);
    const text = out.join('');
    expect(text).toMatch(/NOT GENUINE — looks like TEST PS PS_AUTH/);
    expect(text).not.toMatch(/issued by/);
  });

  it('says "genuine": true for the real TEST download', async () => {
    const { rows } = await inspectJson(INSI_P12);
    const certs = rows.filter((r) => r.igcSante !== null);
    expect(certs).toHaveLength(3);
    for (const r of certs) expect(r.igcSante?.['genuine']).toBe(true);
  });
});
