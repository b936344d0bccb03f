import { runCli } from './vigie-cli.js';

// Entry of the bundled CLI (dist/cli/vigie.mjs). Exit codes: see cli-io.ts.

// A reader that stops early (`vigie inspect --json *.pem | head`) closes the pipe: the rest
// of the output has nobody to read it, which is not a failure of the command. Stop quietly,
// as cat or grep do, instead of an unhandled EPIPE with a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await runCli(process.argv.slice(2));
