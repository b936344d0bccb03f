import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Start Vigie at login, hidden (the tray and the expiry watcher, no window). */
export type LoginItem = { enabled(): boolean; set(enabled: boolean): void };

export const HIDDEN_FLAG = '--hidden';

/**
 * Linux has no login-item API: a freedesktop autostart entry does the same. `command` is
 * the program to start (an AppImage's own file, not its temporary mount).
 */
export const xdgAutostart = (env: NodeJS.ProcessEnv, command: string): LoginItem => {
  const dir = join(env['XDG_CONFIG_HOME'] || join(homedir(), '.config'), 'autostart');
  const file = join(dir, 'vigie.desktop');
  return {
    enabled() {
      try {
        return readFileSync(file, 'utf8').includes('Exec=');
      } catch {
        return false;
      }
    },
    set(enabled) {
      if (!enabled) {
        rmSync(file, { force: true });
        return;
      }
      mkdirSync(dir, { recursive: true });
      const entry = [
        '[Desktop Entry]',
        'Type=Application',
        'Name=Vigie',
        'Comment=Surveille l’échéance de vos certificats IGC-Santé',
        `Exec="${command.replace(/(["`$\\])/g, '\\$1')}" ${HIDDEN_FLAG}`,
        'X-GNOME-Autostart-enabled=true',
        '',
      ].join('\n');
      writeFileSync(`${file}.tmp`, entry);
      renameSync(`${file}.tmp`, file);
    },
  };
};
