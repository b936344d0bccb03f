import { app, session, shell } from 'electron';
import { isAllowedExternalUrl } from '../../shared/links.js';
import { isAppUrl } from './app-protocol.js';

/**
 * Process-wide defaults: no permission is ever granted (camera, notifications from web
 * content, geolocation, USB / HID / serial devices…), no navigation away from the app in
 * any frame, no new windows, no webviews. An allowlisted https link clicked by the user
 * opens in the system browser instead. Tested in test/main/shell/security-checklist.test.ts.
 */
export const hardenSessions = () => {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.setDevicePermissionHandler(() => false);

  app.on('web-contents-created', (_event, contents) => {
    // The top frame (`will-navigate`) and any frame (`will-frame-navigate`, which also
    // sees subframes): both, so neither event's coverage has to be relied on alone.
    contents.on('will-navigate', (event) => {
      if (!isAppUrl(event.url)) event.preventDefault();
    });
    contents.on('will-frame-navigate', (event) => {
      if (!isAppUrl(event.url)) event.preventDefault();
    });
    contents.on('will-redirect', (event) => {
      if (!isAppUrl(event.url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (isAllowedExternalUrl(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
};
