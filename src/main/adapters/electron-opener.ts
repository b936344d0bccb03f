import { shell } from 'electron';
import type { ExternalOpener } from '../ports/external-opener.js';

export const electronOpener: ExternalOpener = {
  open: (url) => shell.openExternal(url),
};
