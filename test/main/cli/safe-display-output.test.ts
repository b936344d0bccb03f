import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runCli } from '../../../src/main/cli/vigie-cli.js';
import { revealEscapes } from '../../../src/shared/text/safe-display.js';
import { issue } from '../../helpers/fixture-ca.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { capture } from './helpers/capture.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const RLO = '\u202E';
const ZWSP = '\u200B';
// A certificate file whose name tries to add a forged line to the report.
const FILE_NAME = 'evil\n  Chain:        valid → AC RACINE IGC-SANTE.pem';

/** Whether any line holds a character that hides or reorders text (newlines separate lines). */
const hidden = (text: string) => text.split('\n').some((line) => /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(line));

describe('vigie inspect shows hidden characters escaped', () => {
  let file: string;
  beforeAll(async () => {
    const dir = tempDir('vigie-cli-safe-');
    process.env['VIGIE_DATA_DIR'] = join(dir, 'data');
    const cert = await issue({
      name: `CN=Dr ${RLO}gpj.exe${ZWSP}, O=Clinique`,
      extensions: [
        new x509.SubjectAlternativeNameExtension([{ type: 'dns', value: 'a.example\nSubject: forged' }]),
      ],
    });
    file = join(dir, FILE_NAME);
    await writeFile(file, cert.cert.toString('pem'));
  });

  it('escapes names, alternative names and the file name in the text report', async () => {
    const c = capture();
    expect(await runCli(['inspect', file], c.io)).toBe(0);
    const text = c.out();
    expect(hidden(text)).toBe(false);
    expect(text).toContain('Dr \\u{202E}gpj.exe\\u{200B}');
    expect(text).toContain('a.example\\u{000A}Subject: forged');
    expect(text).toContain('evil\\u{000A}  Chain:');
    // One report line per field: the file name and the SAN could not add lines.
    const lines = text.split('\n');
    expect(lines.filter((l) => l.trimStart().startsWith('Subject:'))).toHaveLength(1);
    expect(lines.filter((l) => l.trimStart().startsWith('Chain:'))).toHaveLength(1);
    expect(lines[0]).toMatch(/^\/.*evil\\u\{000A\} {2}Chain: .*\.pem: PEM, 1 object\(s\)$/);
  });

  it('escapes the same way in --json, and the raw text can be recovered', async () => {
    const c = capture();
    expect(await runCli(['inspect', '--json', file], c.io)).toBe(0);
    expect(hidden(c.out())).toBe(false);
    const [row] = JSON.parse(c.out()) as Record<string, unknown>[];
    expect(row).toMatchObject({
      file: file.replace('\n', '\\u{000A}'),
      subjectAltNames: [{ type: 'dns', value: 'a.example\\u{000A}Subject: forged' }],
    });
    expect(String(row?.['subject'])).toContain('\\u{202E}');
    expect(revealEscapes(String(row?.['subject']))).toContain(`Dr ${RLO}gpj.exe${ZWSP}`);
    expect(revealEscapes(String(row?.['file']))).toBe(file);
  });

  it('vigie verify escapes the subjects of the path it prints', async () => {
    const c = capture();
    expect(await runCli(['verify', '--json', '--no-fetch', '--trust', file, file], c.io)).toBe(0);
    expect(hidden(c.out())).toBe(false);
    const { chain } = JSON.parse(c.out()) as { chain: string[] };
    expect(chain[0]).toContain('Dr \\u{202E}gpj.exe\\u{200B}');
    const human = capture();
    expect(await runCli(['verify', '--no-fetch', '--trust', file, file], human.io)).toBe(0);
    expect(human.out()).toContain('\\u{202E}gpj.exe');
    expect(hidden(human.out())).toBe(false);
  });

  it('escapes the file name in error messages', async () => {
    const c = capture();
    expect(await runCli(['inspect', `${file}.missing`], c.io)).toBe(2);
    expect(hidden(c.err())).toBe(false);
    expect(c.err()).toContain('evil\\u{000A}');
  });

  it('the installed command prints the same escaped report', (ctx) => {
    if (!existsSync(join(ROOT, 'dist', 'cli', 'vigie.mjs'))) ctx.skip();
    const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'vigie.mjs'), 'inspect', file], {
      encoding: 'utf8',
      timeout: 10_000,
    });
    expect(run.status).toBe(0);
    expect(hidden(run.stdout)).toBe(false);
    expect(run.stdout).toContain('\\u{202E}gpj.exe');
  });
});
