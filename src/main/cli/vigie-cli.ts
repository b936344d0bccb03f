import { EXIT, processIo, type CliIo } from './cli-io.js';

declare const VIGIE_VERSION: string;

const HELP = `vigie — IGC-Santé certificate manager (command line)

Usage: vigie <command> [options]

Commands:
  inspect FILE...   describe certificate files (run "vigie inspect --help")
  scan PATH...      inventory the certificates of files and folders, soonest deadline first
                    (run "vigie scan --help")
  csr               create a key and a CSR for an IGC-Santé product (run "vigie csr --help")
  verify LEAF       validate a certificate path (run "vigie verify --help")
  tokens            list PKCS#11 modules, cards and tokens, their certificates and keys
                    (run "vigie tokens --help")
  ui                open Vigie in your browser, on this machine's data (run "vigie ui --help")
  help              show this help
  version           print the version

Environment:
  VIGIE_DATA_DIR    data folder (default: the desktop app's user data folder)
  VIGIE_TRUST_DIRS  extra folders of IGC-Santé CA certificates, ':'-separated
  VIGIE_NETWORK     'off' to never use the network, 'loopback' for 127.0.0.1 only
  VIGIE_PKCS11_MODULES  extra PKCS#11 module libraries, ':'-separated`;

/**
 * The CLI's dispatcher. It stays small on purpose: each command, and the core it runs on
 * (cli-core.ts: adapters, services, PKI library), is imported only when that command runs,
 * so `vigie --help` does not parse the whole program (the build splits them into chunks).
 */
export const runCli = async (argv: string[], io: CliIo = processIo): Promise<number> => {
  const [command, ...rest] = argv;
  const version = typeof VIGIE_VERSION === 'string' ? VIGIE_VERSION : '0.0.0-dev';
  switch (command) {
    case undefined:
    case 'help':
    case '-h':
    case '--help':
      io.stdout(HELP);
      return command === undefined ? EXIT.usage : EXIT.ok;
    case 'version':
    case '--version':
    case '-v':
      io.stdout(version);
      return EXIT.ok;
    case 'inspect': {
      const [{ runInspect }, { inspectDeps }] = await Promise.all([
        import('./inspect-command.js'),
        import('./inspect-deps.js'),
      ]);
      return runInspect(rest, io, inspectDeps());
    }
    case 'scan': {
      const [{ runScan }, { scanDeps }] = await Promise.all([
        import('./scan-command.js'),
        import('./scan-deps.js'),
      ]);
      return runScan(rest, io, scanDeps());
    }
    case 'csr': {
      const [{ runCsr }, { csrDeps }] = await Promise.all([
        import('./csr-command.js'),
        import('./cli-core.js'),
      ]);
      return runCsr(rest, io, csrDeps(version));
    }
    case 'verify': {
      const [{ runVerify }, { verifyDeps }] = await Promise.all([
        import('./verify-command.js'),
        import('./cli-core.js'),
      ]);
      return runVerify(rest, io, verifyDeps(version));
    }
    case 'tokens': {
      const [{ runTokens }, { tokensDeps }] = await Promise.all([
        import('./tokens-command.js'),
        import('./tokens-deps.js'),
      ]);
      return runTokens(rest, io, tokensDeps());
    }
    case 'ui': {
      const [{ runUi }, { uiDeps }] = await Promise.all([import('./ui-command.js'), import('./ui-deps.js')]);
      return runUi(rest, io, uiDeps(version));
    }
    default:
      io.stderr(`vigie: unknown command "${command}"\n\n${HELP}`);
      return EXIT.usage;
  }
};
