/**
 * The app's log: one line per event, for support. Every message and field goes through
 * `redactText` / `redactValue` (src/shared/diagnostics/redact.ts) before it is written, so a
 * PIN, password, passphrase, revocation code or key never reaches the file.
 */
export type LogLevel = 'info' | 'warn' | 'error';

export type LogFields = Record<string, unknown>;

export type Log = {
  write(level: LogLevel, scope: string, message: string, fields?: LogFields): void;
  /** The last `count` lines, oldest first (across rotated files). */
  tail(count: number): Promise<string[]>;
  /** Wait for lines written so far to be on disk. */
  flush(): Promise<void>;
};

export const noLog: Log = {
  write: () => undefined,
  tail: async () => [],
  flush: async () => undefined,
};
