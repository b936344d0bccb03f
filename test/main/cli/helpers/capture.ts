import type { CliIo } from '../../../../src/main/cli/cli-io.js';

/**
 * A CliIo that records what a command prints. `separator` joins the chunks: '' where a
 * command writes whole documents (JSON), '\n' where each call is one line of a report.
 */
export const capture = (stdin = '', separator = '') => {
  const out: string[] = [];
  const errs: string[] = [];
  const io: CliIo = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void errs.push(t),
    readStdin: async () => stdin,
  };
  return { io, out: () => out.join(separator), err: () => errs.join(separator) };
};
