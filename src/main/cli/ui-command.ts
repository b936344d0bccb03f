import { EXIT, type CliIo } from './cli-io.js';

const { parseArgs } = process.getBuiltinModule('node:util');

export const UI_HELP = `Usage: vigie ui [--port N] [--no-open]

Start Vigie's interface in your browser: the desktop app's services, on your data folder and
OS keychain, served on 127.0.0.1 only, behind a random token carried in the address. It runs
until Ctrl-C. On a server, forward the port over SSH (ssh -L N:127.0.0.1:N host) and open
the printed address on your own machine. \`npm start\` does the same where Electron is missing.

Options:
  --port N    listen on this port (default: a random free one)
  --no-open   print the address only; do not open the system's browser
  -h, --help  show this help

Exit status: 0 stopped, 1 could not start, 2 usage error.`;

/** A running local browser mode (src/main/dev-bridge/local-mode.ts). */
export type UiSession = {
  url: string;
  dataDir: string;
  exportsDir: string;
  network: boolean;
  keychain: boolean;
  stop: () => Promise<void>;
};

export type UiDeps = {
  /** One sentence saying what is not built and how to build it; null when all is there. */
  missingBuild: () => string | null;
  start: (port: number | undefined) => Promise<UiSession>;
  /** Hands the address to the system's browser; false when it cannot. Never throws. */
  open: (url: string) => boolean;
  /** Resolves when the user stops it (Ctrl-C, SIGTERM). */
  untilStopped: () => Promise<void>;
};

const describe = (e: unknown): string => {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (code === 'EADDRINUSE') return 'this port is already in use';
  if (code === 'EACCES') return 'this port is not allowed';
  return e instanceof Error ? e.message : String(e);
};

export const runUi = async (args: string[], io: CliIo, deps: UiDeps): Promise<number> => {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        port: { type: 'string' },
        'no-open': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (e) {
    io.stderr(`vigie ui: ${e instanceof Error ? e.message : String(e)}\n\n${UI_HELP}`);
    return EXIT.usage;
  }
  const { values } = parsed;
  if (values.help) {
    io.stdout(UI_HELP);
    return EXIT.ok;
  }
  let port: number | undefined;
  if (values.port !== undefined) {
    port = /^\d{1,5}$/.test(values.port) ? Number(values.port) : NaN;
    if (!(port >= 1 && port <= 65535)) {
      io.stderr(`vigie ui: --port takes a port number from 1 to 65535, not "${values.port}"`);
      return EXIT.usage;
    }
  }
  const missing = deps.missingBuild();
  if (missing !== null) {
    io.stderr(missing);
    return EXIT.problem;
  }

  let session: UiSession;
  try {
    session = await deps.start(port);
  } catch (e) {
    io.stderr(`vigie ui: could not start${port ? ` on port ${port}` : ''}: ${describe(e)}`);
    return EXIT.problem;
  }
  const lines = [`Vigie — données / data: ${session.dataDir}`, `Exports: ${session.exportsDir}`];
  if (!session.keychain)
    lines.push(
      'Trousseau du système indisponible : le coffre des clés demandera une phrase secrète. / ' +
        'OS keychain unavailable: the key vault will ask for a passphrase.',
    );
  if (!session.network) lines.push('Réseau coupé (VIGIE_NETWORK) / network off: revocation is not checked.');
  lines.push(`Ouvrez cette adresse / open this address: ${session.url}`);
  lines.push('Ctrl-C pour arrêter / to stop.');
  io.stdout(lines.join('\n'));
  if (!values['no-open']) deps.open(session.url);

  await deps.untilStopped();
  await session.stop();
  return EXIT.ok;
};
