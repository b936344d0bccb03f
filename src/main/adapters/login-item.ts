import { app } from 'electron';
import { HIDDEN_FLAG, xdgAutostart, type LoginItem } from './xdg-autostart.js';

export { HIDDEN_FLAG, type LoginItem };

export const platformLoginItem = (): LoginItem =>
  process.platform === 'linux'
    ? xdgAutostart(process.env, process.env['APPIMAGE'] ?? process.execPath)
    : {
        enabled: () => app.getLoginItemSettings().openAtLogin,
        set: (enabled) => app.setLoginItemSettings({ openAtLogin: enabled, args: [HIDDEN_FLAG] }),
      };

/** Whether this start is a login start (the window stays hidden). */
export const startedHidden = (): boolean =>
  process.argv.includes(HIDDEN_FLAG) ||
  (process.platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin);
