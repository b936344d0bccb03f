import { BrowserWindow, dialog } from 'electron';
import type { SaveTarget } from '../ports/save-target.js';

const focused = () => BrowserWindow.getFocusedWindow();

/** Electron's native save / choose-folder dialogs, modal to the focused window. */
export const electronSaveTarget: SaveTarget = {
  async chooseFile({ suggestedName, title }) {
    const options: Electron.SaveDialogOptions = {
      title,
      defaultPath: suggestedName,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const window = focused();
    const result = window
      ? await dialog.showSaveDialog(window, options)
      : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath
      ? { kind: 'cancelled' }
      : { kind: 'chosen', path: result.filePath };
  },
  async chooseFolder({ title }) {
    const options: Electron.OpenDialogOptions = { title, properties: ['openDirectory', 'createDirectory'] };
    const window = focused();
    const result = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options);
    const path = result.filePaths[0];
    return result.canceled || path === undefined ? { kind: 'cancelled' } : { kind: 'chosen', path };
  },
};
