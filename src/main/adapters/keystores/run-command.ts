import { spawn } from 'node:child_process';

export type CommandOptions = {
  /** Written to the child's stdin, then stdin is closed (secrets go here, never in argv). */
  stdin?: string;
  timeoutMs: number;
};

export type CommandOutcome = {
  /** Exit code; -1 when the process did not exit by itself (see `failure`). */
  code: number;
  stdout: string;
  stderr: string;
  failure?: 'missing' | 'timeout' | 'output-too-large';
};

/** Runs one program with an argument array; never a shell string. */
export type CommandRunner = (cmd: string, args: string[], options: CommandOptions) => Promise<CommandOutcome>;

export type NodeRunnerOptions = {
  /** Environment for the child (its PATH decides where the program is looked up). */
  env?: NodeJS.ProcessEnv;
  maxOutputBytes?: number;
};

const DEFAULT_MAX_OUTPUT = 4 * 1024 * 1024;

export const createNodeCommandRunner =
  (runnerOptions: NodeRunnerOptions = {}): CommandRunner =>
  (cmd, args, options) =>
    new Promise((resolve) => {
      const maxBytes = runnerOptions.maxOutputBytes ?? DEFAULT_MAX_OUTPUT;
      const isWindows = process.platform === 'win32';
      const child = spawn(cmd, args, {
        env: runnerOptions.env ?? process.env,
        stdio: ['pipe', 'pipe', 'pipe'],
        windowsHide: true,
        // A new session has no controlling terminal, so NSS tools that want a password
        // fail at once instead of prompting on the terminal Vigie was started from.
        detached: !isWindows,
      });
      const out: Buffer[] = [];
      const errs: Buffer[] = [];
      let size = 0;
      let failure: CommandOutcome['failure'];
      let settled = false;

      const kill = (): void => {
        try {
          if (!isWindows && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
          else child.kill('SIGKILL');
        } catch (e) {
          // ESRCH: the process group is already gone, which is what we wanted.
          if ((e as NodeJS.ErrnoException).code !== 'ESRCH') throw e;
        }
      };
      const timer = setTimeout(() => {
        failure ??= 'timeout';
        kill();
      }, options.timeoutMs);
      const collect = (into: Buffer[]) => (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) {
          failure ??= 'output-too-large';
          kill();
          return;
        }
        into.push(chunk);
      };
      child.stdout.on('data', collect(out));
      child.stderr.on('data', collect(errs));
      const finish = (code: number): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve({
          code: failure ? -1 : code,
          stdout: Buffer.concat(out).toString('utf8'),
          stderr: Buffer.concat(errs).toString('utf8'),
          ...(failure ? { failure } : {}),
        });
      };
      child.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') failure ??= 'missing';
        else errs.push(Buffer.from(String(error.message)));
        finish(-1);
      });
      child.on('close', (code) => finish(code ?? -1));
      // EPIPE when the child exits before reading stdin is not an error worth reporting.
      child.stdin.on('error', () => undefined);
      child.stdin.end(options.stdin ?? '');
    });
