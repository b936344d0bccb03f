import { err, ok, type Result } from '../../shared/result.js';

/** What a command needs from the process: injectable so tests run commands in-process. */
export type CliIo = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /**
   * Standard input as text, read up to `maxBytes + 1` bytes and no further (the rest is
   * never read), so the caller can tell that it was too long.
   */
  readStdin: (maxBytes: number) => Promise<string>;
};

/** Passwords and passphrases come from standard input; more than this is not one. */
export const STDIN_MAX_BYTES = 64 * 1024;

export type StdinError = { code: 'stdin-too-large'; message: string; detail: { limit: number } };

const readCappedStdin = async (maxBytes: number): Promise<string> => {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buffer = chunk as Buffer;
    chunks.push(buffer.subarray(0, maxBytes + 1 - size));
    size += buffer.length;
    // Leaving the loop destroys the stream: nothing past the cap is read or buffered.
    if (size > maxBytes) break;
  }
  return Buffer.concat(chunks).toString('utf8');
};

export const processIo: CliIo = {
  stdout: (text) => void process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  stderr: (text) => void process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  readStdin: readCappedStdin,
};

/** A trailing newline from `echo` or a pipe is not part of the secret. */
const stripNewline = (s: string) => s.replace(/\r?\n$/, '');

/** A password or passphrase from standard input, refused past STDIN_MAX_BYTES. */
export const readSecret = async (io: CliIo): Promise<Result<string, StdinError>> => {
  const text = await io.readStdin(STDIN_MAX_BYTES);
  if (new TextEncoder().encode(text).length > STDIN_MAX_BYTES)
    return err({
      code: 'stdin-too-large',
      message: `Standard input is longer than ${STDIN_MAX_BYTES} bytes: not a password`,
      detail: { limit: STDIN_MAX_BYTES },
    });
  return ok(stripNewline(text));
};

/** Exit codes: 0 done, 1 done but something is wrong (verify), 2 unusable input or usage. */
export const EXIT = { ok: 0, problem: 1, usage: 2 } as const;
