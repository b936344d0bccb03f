import 'reflect-metadata';
import { composeCore } from '../app/compose.js';
import { defaultDataDir } from '../app/paths.js';
import { nodeFileSystem } from '../adapters/node-file-system.js';
import { systemClock } from '../adapters/system-clock.js';
import { EXIT, processIo, type CliIo } from './cli-io.js';
import { INSPECT_HELP, runInspect } from './inspect-command.js';

declare const VIGIE_VERSION: string;

const HELP = `vigie — IGC-Santé certificate manager (command line)

Usage: vigie <command> [options]

Commands:
  inspect FILE...   describe certificate files (run "vigie inspect --help")
  help              show this help
  version           print the version

Environment:
  VIGIE_DATA_DIR    data folder (default: the desktop app's user data folder)
  VIGIE_TRUST_DIRS  extra folders of IGC-Santé CA certificates, ':'-separated`;

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
    case 'inspect':
      return runInspect(rest, io, {
        fs: nodeFileSystem,
        makeCore: (trust) =>
          composeCore(
            {
              fs: nodeFileSystem,
              clock: systemClock,
              opener: { open: async () => undefined },
              events: { emit: () => undefined },
            },
            {
              dataDir: defaultDataDir(),
              trustDirs: trust.map((path) => ({ path, source: 'command-line' })),
              appInfo: { version, platform: process.platform, runtime: 'cli' },
            },
          ),
      });
    default:
      io.stderr(`vigie: unknown command "${command}"\n\n${HELP}`);
      return EXIT.usage;
  }
};

export { INSPECT_HELP };
