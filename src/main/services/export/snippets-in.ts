import { join } from 'node:path';
import type { ServerSnippets } from '../../../shared/model/retrieve.js';
import { PATH_PLACEHOLDER } from '../../pki/export/index.js';
import type { PemBundle } from './pem-bundle.js';

const placeholder = new RegExp(`${PATH_PLACEHOLDER.replace(/[{}]/g, '\\$&')}/([\\w.-]+)`, 'g');

/**
 * A path as a configuration token: quoted when it holds a space or a character nginx or
 * Apache would read as syntax ("Mes certificats" folders are common on desktops).
 */
const token = (path: string): string => (/[\s;{}#"']/.test(path) ? `"${path.replace(/"/g, '\\"')}"` : path);

/**
 * The bundle's nginx and Apache excerpts with the files' real paths in `folder`, as they were
 * saved: the one place the window's snippets come from (it never writes one itself).
 */
export const snippetsIn = (bundle: PemBundle, folder: string): ServerSnippets => {
  const fill = (text: string) => text.replace(placeholder, (_, name: string) => token(join(folder, name)));
  return { nginx: fill(bundle.nginx), apache: fill(bundle.apache) };
};
