import { existsSync, readFileSync } from 'node:fs';
import type {
  CommandOptions,
  CommandOutcome,
  CommandRunner,
} from '../../../../../src/main/adapters/keystores/run-command.js';

export type Call = { cmd: string; args: string[]; options: CommandOptions; files: Map<string, Buffer> };

/**
 * Records each call (with a copy of the temp files its arguments name, read while they
 * exist) and answers with scripted outcomes, in order.
 */
export const fakeRunner = (answers: Array<Partial<CommandOutcome>>) => {
  const calls: Call[] = [];
  const runner: CommandRunner = async (cmd, args, options) => {
    const files = new Map<string, Buffer>();
    for (const candidate of [...args, ...decodedPaths(args)]) {
      if (/vigie-ks-/.test(candidate) && existsSync(candidate)) files.set(candidate, readFileSync(candidate));
    }
    calls.push({ cmd, args, options, files });
    const answer = answers.shift() ?? {};
    return { code: 0, stdout: '', stderr: '', ...answer };
  };
  return { runner, calls };
};

/** The script of a `powershell -EncodedCommand <base64 UTF-16LE>` call. */
export const decodedScript = (args: string[]): string => {
  const index = args.indexOf('-EncodedCommand');
  return index < 0 ? '' : Buffer.from(args[index + 1] ?? '', 'base64').toString('utf16le');
};

const decodedPaths = (args: string[]): string[] =>
  [...decodedScript(args).matchAll(/'([^']*vigie-ks-[^']*)'/g)].map((m) => m[1] ?? '');

export const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

export const pemToDer = (pem: string): Uint8Array =>
  new Uint8Array(Buffer.from(pem.replace(/-----[^-]+-----|\s/g, ''), 'base64'));
