/** What a command needs from the process: injectable so tests run commands in-process. */
export type CliIo = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
};

export const processIo: CliIo = {
  stdout: (text) => void process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  stderr: (text) => void process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin) {
      size += (chunk as Buffer).length;
      if (size > 64 * 1024) throw new Error('standard input is too long for a password');
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks).toString('utf8');
  },
};

/** Exit codes: 0 done, 1 done but something is wrong (verify), 2 unusable input or usage. */
export const EXIT = { ok: 0, problem: 1, usage: 2 } as const;
