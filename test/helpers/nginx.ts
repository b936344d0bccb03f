import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { join } from 'node:path';

/**
 * A real nginx for the export tests: a configuration written around a snippet, checked with
 * `nginx -t`, then run in the foreground with everything (pid, logs, temp folders) inside
 * the test's temp prefix. Debian's nginx; the tests skip when it is missing.
 */
export const NGINX = '/usr/sbin/nginx';

/** A port nothing listens on at the moment it is asked (nginx binds it right after). */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });

/** nginx.conf for one TLS server block on 127.0.0.1:port, `directives` inside it. */
export const writeNginxConf = (
  prefix: string,
  o: { port: number; serverName: string; directives: string },
): string => {
  const conf = join(prefix, 'nginx.conf');
  const at = (name: string) => join(prefix, name);
  writeFileSync(
    conf,
    [
      'worker_processes 1;',
      `pid ${at('nginx.pid')};`,
      `error_log ${at('error.log')} info;`,
      'events { worker_connections 64; }',
      'http {',
      `  access_log ${at('access.log')};`,
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
        (t) => `  ${t}_temp_path ${at(`${t}_temp`)};`,
      ),
      '  server {',
      `    listen 127.0.0.1:${o.port} ssl;`,
      `    server_name ${o.serverName};`,
      ...o.directives.split('\n').map((line) => `    ${line}`),
      '    location / { return 200 "vigie nginx ok\\n"; }',
      '  }',
      '}',
      '',
    ].join('\n'),
  );
  return conf;
};

/** -e: the start-up error log goes to the prefix too, not /var/log/nginx (not writable for a user). */
const baseArgs = (prefix: string, conf: string) => [
  '-p',
  prefix,
  '-c',
  conf,
  '-e',
  join(prefix, 'error.log'),
];

/** `nginx -t` on the configuration: its exit status and what it printed. */
export const nginxTest = (prefix: string, conf: string): { status: number | null; out: string } => {
  const r = spawnSync(NGINX, [...baseArgs(prefix, conf), '-t'], { encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, out: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}` };
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const accepts = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

export type RunningNginx = { stop: () => Promise<void> };

/**
 * Starts nginx in the foreground (its own process group) and waits until the port accepts
 * connections; throws with error.log if it exits first or never listens.
 */
export const startNginx = async (prefix: string, conf: string, port: number): Promise<RunningNginx> => {
  const child = spawn(NGINX, [...baseArgs(prefix, conf), '-g', 'daemon off;'], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (c: Buffer) => void (out += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => void (out += c.toString('utf8')));
  let ended: string | null = null;
  const exited = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      ended = `nginx exited (code ${code}, signal ${signal})`;
      resolve();
    });
    child.once('error', (e) => {
      ended = `nginx did not start: ${e.message}`;
      resolve();
    });
  });
  const stop = async () => {
    const pgid = child.pid;
    if (pgid === undefined || ended !== null) return;
    try {
      process.kill(-pgid, 'SIGTERM');
    } catch {
      return;
    }
    await Promise.race([exited, sleep(20_000)]);
    if (ended === null) process.kill(-pgid, 'SIGKILL');
    await exited;
  };
  const log = () => {
    try {
      return readFileSync(join(prefix, 'error.log'), 'utf8');
    } catch {
      return '(no error.log)';
    }
  };
  // Generous: a busy shared machine; nothing here is a timing assertion.
  for (let i = 0; i < 600 && ended === null; i++) {
    if (await accepts(port)) return { stop };
    await sleep(100);
  }
  await stop();
  throw new Error(`${ended ?? 'nginx never listened'} on 127.0.0.1:${port}\n${out}\n${log()}`);
};

/**
 * `openssl s_client` to the server with the given anchors: verification errors end the
 * handshake (-verify_return_error) and the name must match (-verify_hostname). Sends one
 * HTTP request and waits for nginx to close the connection.
 */
export const sClient = (
  port: number,
  serverName: string,
  caFile: string,
): { status: number | null; out: string } => {
  const r = spawnSync(
    'openssl',
    [
      's_client',
      '-connect',
      `127.0.0.1:${port}`,
      '-servername',
      serverName,
      '-verify_hostname',
      serverName,
      '-CAfile',
      caFile,
      '-verify_return_error',
      '-showcerts',
      '-ign_eof',
    ],
    {
      encoding: 'utf8',
      input: `GET / HTTP/1.1\r\nHost: ${serverName}\r\nConnection: close\r\n\r\n`,
      timeout: 60_000,
    },
  );
  return { status: r.status, out: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}` };
};
