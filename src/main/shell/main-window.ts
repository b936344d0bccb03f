import { app, BrowserWindow } from 'electron';
import { join } from 'node:path';
import { APP_URL } from './app-protocol.js';

export const createMainWindow = (preloadDir: string): BrowserWindow => {
  const window = new BrowserWindow({
    width: 1180,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    title: 'Vigie',
    show: false,
    backgroundColor: '#f8f9fa',
    webPreferences: {
      preload: join(preloadDir, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // No DevTools in a packaged build (nor their menu item: app-menu.ts).
      devTools: !app.isPackaged,
    },
  });
  // Show once painted so the user never sees a white flash.
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_URL);
  return window;
};
