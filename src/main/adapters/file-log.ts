import { appendFile, chmod, mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { redactText, redactValue } from '../../shared/diagnostics/redact.js';
import type { Log, LogFields, LogLevel } from '../ports/log.js';

export type FileLogOptions = {
  /** The folder of the log files (created 0700); the app's is `<dataDir>/logs`. */
  dir: string;
  /** Default `vigie.log`; rotated copies are `vigie.log.1` (newest) … `vigie.log.<keep>`. */
  fileName?: string;
  /** A file is rotated before it would grow past this (default 1 MiB). */
  maxBytes?: number;
  /** Rotated files kept besides the current one (default 3). */
  keep?: number;
  now?: () => Date;
  /** Also hand each line here (the dev bridge / CLI print it on stderr). */
  mirror?: (line: string) => void;
};

const LEVEL: Record<LogLevel, string> = { info: 'INFO ', warn: 'WARN ', error: 'ERROR' };

/** One line, whatever the message holds: control characters never split or forge an entry. */
const oneLine = (text: string): string =>
  text.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ⏎ ').replace(/\p{Cc}/gu, '�');

/**
 * `2026-12-05T02:40:00.000Z ERROR [scope] message {"field":"value"}`, redacted.
 * Exported for tests and for anything else that must print a line the same way.
 */
export const formatLogLine = (
  at: Date,
  level: LogLevel,
  scope: string,
  message: string,
  fields?: LogFields,
): string => {
  const safeScope = scope.replace(/[^\w.-]/g, '_').slice(0, 40);
  const extra = fields && Object.keys(fields).length > 0 ? ` ${JSON.stringify(redactValue(fields))}` : '';
  return oneLine(`${at.toISOString()} ${LEVEL[level]} [${safeScope}] ${redactText(message)}${extra}`).slice(
    0,
    8_000,
  );
};

/**
 * A small rotating log file, no dependency: lines are appended in order through one queue
 * (each append is one `write` of a whole line on an O_APPEND file, 0600), the file is rotated
 * before it passes `maxBytes`, `keep` old files are kept. A failing disk never throws into
 * the caller: the line is dropped (logging must not break a use case).
 */
export const createFileLog = (options: FileLogOptions): Log => {
  const fileName = options.fileName ?? 'vigie.log';
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const keep = Math.max(1, options.keep ?? 3);
  const now = options.now ?? (() => new Date());
  const current = join(options.dir, fileName);
  const rotated = (i: number) => join(options.dir, `${fileName}.${i}`);
  let size: number | null = null;
  let queue: Promise<void> = Promise.resolve();

  const ready = async (): Promise<number> => {
    if (size !== null) return size;
    await mkdir(options.dir, { recursive: true, mode: 0o700 });
    size = await stat(current).then(
      (s) => s.size,
      () => 0,
    );
    return size;
  };

  const rotate = async () => {
    await rm(rotated(keep), { force: true });
    for (let i = keep - 1; i >= 1; i--) await rename(rotated(i), rotated(i + 1)).catch(() => undefined);
    await rename(current, rotated(1)).catch(() => undefined);
    size = 0;
  };

  const append = async (line: string) => {
    const bytes = Buffer.byteLength(line) + 1;
    const had = await ready();
    if (had > 0 && had + bytes > maxBytes) await rotate();
    await appendFile(current, `${line}\n`, { mode: 0o600, flag: 'a' });
    if (size === 0) await chmod(current, 0o600).catch(() => undefined);
    size = (size ?? 0) + bytes;
  };

  return {
    write(level, scope, message, fields) {
      const line = formatLogLine(now(), level, scope, message, fields);
      options.mirror?.(line);
      queue = queue.then(() => append(line)).catch(() => undefined);
    },
    async tail(count) {
      await queue;
      const files = [...Array.from({ length: keep }, (_, i) => rotated(keep - i)), current];
      const lines: string[] = [];
      for (const file of files) {
        const text = await readFile(file, 'utf8').catch(() => '');
        for (const line of text.split('\n')) if (line.length > 0) lines.push(line);
      }
      return count <= 0 ? [] : lines.slice(-count);
    },
    flush: () => queue,
  };
};
