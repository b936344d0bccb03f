// `npm start`: the desktop app where Electron's binary is installed; otherwise the same
// services in the local browser mode (`vigie ui`: 127.0.0.1, a random token, the user's own
// data folder and keychain), after one sentence saying why. Arguments go to `vigie ui`
// (`npm start -- --no-open --port 8080`). `--build-only`: build the browser mode and stop.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * The Electron executable when it is installed, else null. Read the way the `electron`
 * package finds it (path.txt, ELECTRON_OVERRIDE_DIST_PATH) without require('electron'),
 * which tries to download a missing binary first (a minute, then an error, offline).
 */
export const electronBinary = (env = process.env) => {
  let dir;
  try {
    dir = dirname(createRequire(join(root, 'package.json')).resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = join(dir, 'path.txt');
  const name = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const p = join(env.ELECTRON_OVERRIDE_DIST_PATH, name || 'electron');
    return existsSync(p) ? p : null;
  }
  if (!name) return null;
  const p = join(dir, 'dist', name);
  return existsSync(p) ? p : null;
};

export const NO_ELECTRON =
  'Le moteur Electron n’est pas installé sur ce poste : Vigie démarre dans votre navigateur, à l’adresse ci-dessous.\n' +
  'Electron is not installed on this machine: Vigie starts in your browser instead, at the address below.';

const run = (cmd, args) => {
  // Windows runs npm.cmd / npx.cmd only through a shell.
  const r = spawnSync(cmd, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    cwd: root,
    shell: process.platform === 'win32' && cmd !== process.execPath,
  });
  if (r.status !== 0) {
    process.stderr.write(`npm start: \`${[cmd, ...args].join(' ')}\` failed.\n`);
    process.exit(r.status ?? 1);
  }
};
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** The bridge-mode renderer, the local mode's workers and the CLI (which runs `vigie ui`). */
const buildBrowserMode = () => {
  run(npx, ['vite', 'build', '--config', 'vite.config.ts', '--mode', 'bridge', '--logLevel', 'error']);
  run(process.execPath, ['scripts/build-bridge.mjs', '--local']);
  run(process.execPath, ['scripts/build-cli.mjs']);
};

/** Runs `child` until it ends, passing on the signals that end this process. */
const follow = (child) => {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'])
    process.on(signal, () => {
      if (child.exitCode === null) child.kill(signal);
    });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
};

const main = () => {
  const args = process.argv.slice(2);
  if (args.includes('--build-only')) {
    buildBrowserMode();
    return;
  }
  const electron = electronBinary();
  if (electron) {
    run(npm, ['run', '-s', 'build']);
    follow(spawn(electron, ['.', ...args], { stdio: 'inherit', cwd: root }));
    return;
  }
  process.stdout.write(`${NO_ELECTRON}\n`);
  buildBrowserMode();
  follow(
    spawn(process.execPath, [join(root, 'bin', 'vigie.mjs'), 'ui', ...args], { stdio: 'inherit', cwd: root }),
  );
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
