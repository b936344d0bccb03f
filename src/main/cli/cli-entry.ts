import { runCli } from './vigie-cli.js';

// Entry of the bundled CLI (dist/cli/vigie.mjs). Exit codes: see cli-io.ts.
process.exitCode = await runCli(process.argv.slice(2));
