import { readFile } from 'node:fs/promises';
import { extname, normalize, relative, resolve, sep } from 'node:path';
import { decodeUriComponentOrNull } from '../../shared/parse-text.js';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export type StaticFile = { body: Buffer; contentType: string };

/**
 * Resolve a URL path inside the built renderer folder, refusing anything that escapes it
 * (../, encoded separators, absolute paths). Used by the app protocol and the dev bridge.
 */
export const readStaticFile = async (root: string, urlPath: string): Promise<StaticFile | null> => {
  const decoded = decodeUriComponentOrNull(urlPath);
  if (decoded === null) return null;
  if (decoded.includes('\0')) return null;
  const wanted = decoded === '/' || decoded === '' ? '/index.html' : decoded;
  const full = resolve(root, '.' + normalize(wanted).split(sep).join('/'));
  const rel = relative(root, full);
  if (rel.startsWith('..') || resolve(root, rel) !== full) return null;
  try {
    const body = await readFile(full);
    return { body, contentType: TYPES[extname(full).toLowerCase()] ?? 'application/octet-stream' };
  } catch (e) {
    // Missing or unreadable (a folder, no permission): not served. Other errors are bugs.
    if (e instanceof Error && 'code' in e && typeof e.code === 'string') return null;
    throw e;
  }
};
