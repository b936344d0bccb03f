import { basename, resolve } from 'node:path';
import { MAX_FILE_BYTES, MAX_PASSWORD_LENGTH } from '../../shared/limits.js';
import type { ReadError } from '../../shared/model/errors.js';
import { safeDisplay, safeDisplayDeep } from '../../shared/text/safe-display.js';
import type { InspectionCore } from '../app/compose-inspection.js';
import { readFailure, type FileSystem } from '../ports/file-system.js';
import { EXIT, readSecret, type CliIo, type StdinError } from './cli-io.js';
import { formatReport } from './human-output.js';
import { readAhead } from './read-ahead.js';
import { closeJsonRow, openJsonRowText } from './json-rows.js';

// Not `import … from 'node:util'`: in an ES module that makes Node build the module's whole
// export list (loading worker_threads and more), a few ms of every start-up.
const { parseArgs } = process.getBuiltinModule('node:util');

export const INSPECT_HELP = `Usage: vigie inspect FILE... [--password-stdin] [--json] [--trust PATH]...

Read certificate files (PEM, DER, PKCS#7/P7B, PKCS#12/PFX, PKCS#10 CSR, CRL, private
keys; the format is detected from the content) and describe what they hold: subject,
validity, fingerprints, IGC-Santé product and identifiers, chain to the IGC-Santé anchors.

Options:
  --password-stdin  read the PKCS#12 / key password from standard input (one line, 64 KiB at most)
  --json            print a JSON array, one object per certificate/CSR/CRL/key
  --trust PATH      extra folder or file of IGC-Santé CA certificates (repeatable)
  -h, --help        show this help

Names and file names are shown with hidden characters escaped as \\u{XXXX} (e.g. \\u{202E}).

Exit status: 0 success, 2 unreadable input — missing, too large, not a regular file (FIFO,
device, socket, folder) — or too much on standard input (with --json: {"error":{"code","message"}}).`;

/** What `--json` prints as `{"error": …}` (file names and messages escaped for display). */
type InspectError = (ReadError | StdinError) & { file?: string };

/** One file's `--json` rows as text, open until its warnings are known (json-rows.ts). */
type FileRows = { open: string[]; close: string };

/** Text handed to `io.stdout` at a time: large writes, without one string of the whole output. */
const WRITE_CHUNK = 1 << 20;

/**
 * Prints the rows exactly as `JSON.stringify(rows, null, 2)` would, in chunks. Each chunk
 * but the last ends with a newline, as `io.stdout` adds one to text that does not.
 */
const writeJsonRows = (files: FileRows[], io: CliIo): void => {
  if (files.every((f) => f.open.length === 0)) {
    io.stdout('[]');
    return;
  }
  let chunk = '[\n';
  let first = true;
  for (const { open, close } of files) {
    for (const row of open) {
      if (!first) chunk += ',\n';
      first = false;
      if (chunk.length >= WRITE_CHUNK) {
        io.stdout(chunk);
        chunk = '';
      }
      chunk += row + close;
    }
  }
  io.stdout(`${chunk}\n]`);
};

export type InspectDeps = { fs: FileSystem; makeCore: (trust: string[]) => InspectionCore };

export const runInspect = async (argv: string[], io: CliIo, deps: InspectDeps): Promise<number> => {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'password-stdin': { type: 'boolean' },
        json: { type: 'boolean' },
        trust: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.stderr(`vigie inspect: ${(error as Error).message}\n\n${INSPECT_HELP}`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(INSPECT_HELP);
    return EXIT.ok;
  }
  const json = values.json === true;
  const fail = (error: InspectError): number => {
    if (json) io.stdout(JSON.stringify({ error: safeDisplayDeep(error) }));
    else io.stderr(safeDisplay(`vigie inspect: ${error.file ? `${error.file}: ` : ''}${error.message}`));
    return EXIT.usage;
  };
  if (positionals.length === 0) {
    if (json) return fail({ code: 'io-error', message: 'No file given' });
    io.stderr(INSPECT_HELP);
    return EXIT.usage;
  }
  let password: string | undefined;
  if (values['password-stdin']) {
    const secret = await readSecret(io);
    if (!secret.ok) return fail(secret.error);
    password = secret.value;
    if (password.length > MAX_PASSWORD_LENGTH)
      return fail({ code: 'malformed', message: 'Password is too long' });
  }

  // The core starts with the first readable file: a FIFO or a folder is refused at once.
  let core: InspectionCore | undefined;
  try {
    // Rows are kept as text, not as reports: all files must be readable before any is printed.
    const rows: FileRows[] = [];
    const reads = readAhead(positionals, (file) => deps.fs.readFile(resolve(file), MAX_FILE_BYTES));
    for (const [index, file] of positionals.entries()) {
      let bytes: Uint8Array;
      try {
        bytes = await reads.take(index);
      } catch (cause) {
        return fail({ ...readFailure(cause, MAX_FILE_BYTES), file });
      }
      if (!core) {
        core = deps.makeCore((values.trust ?? []).map((p) => resolve(p)));
        await core.start();
      }
      const open: string[] = [];
      const result = await core.services.inspector.inspect(
        { fileName: basename(file), bytes, ...(password === undefined ? {} : { password }) },
        json ? (item, format) => void open.push(openJsonRowText(file, format, item)) : undefined,
      );
      if (!result.ok) return fail({ ...result.error, file });
      if (json) rows.push({ open, close: closeJsonRow(result.value.warnings) });
      else io.stdout(`${formatReport(file, result.value)}\n`);
      if (result.value.pkcs12?.passwordRequired && password === undefined && json) {
        io.stderr(
          `${safeDisplay(file)}: password required to verify and open the rest (use --password-stdin)`,
        );
      }
    }
    if (json) writeJsonRows(rows, io);
    return EXIT.ok;
  } finally {
    await core?.stop();
  }
};
