import { protocol } from 'electron';
import { SECURITY_HEADERS } from './content-policy.js';
import { readStaticFile } from './static-files.js';

/**
 * The renderer is served from `vigie://app/`, not file://: a real origin for the CSP and
 * the IPC sender check, and no access to the rest of the disk.
 */
export const APP_SCHEME = 'vigie';
export const APP_ORIGIN = `${APP_SCHEME}://app`;
export const APP_URL = `${APP_ORIGIN}/index.html`;

/** Must run before `app.whenReady()`. */
export const declareAppScheme = () => {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: false } },
  ]);
};

export const serveRenderer = (rendererDir: string) => {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== 'app') return new Response('Not found', { status: 404 });
    const file = await readStaticFile(rendererDir, url.pathname);
    if (!file) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(file.body), {
      headers: { 'Content-Type': file.contentType, ...SECURITY_HEADERS },
    });
  });
};

export const isAppUrl = (raw: string): boolean => {
  if (!URL.canParse(raw)) return false;
  const url = new URL(raw);
  return url.protocol === `${APP_SCHEME}:` && url.host === 'app';
};
