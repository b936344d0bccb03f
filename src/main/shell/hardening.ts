import { app, session, shell } from 'electron';
import { isAllowedExternalUrl } from '../../shared/links.js';
import { isAppUrl } from './app-protocol.js';

/**
 * Process-wide defaults: no permission is ever granted (camera, notifications from web
 * content, geolocation…), no navigation away from the app, no new windows, no webviews.
 * An allowlisted link clicked by the user opens in the system browser instead.
 */
export const hardenSessions = () => {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (isAllowedExternalUrl(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
};
