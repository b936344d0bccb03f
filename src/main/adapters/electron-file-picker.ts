import { BrowserWindow, dialog } from 'electron';
import type { FilePicker } from '../ports/file-picker.js';

/** Electron's native dialog, attached to the focused window so it is modal to it. */
export const electronFilePicker: FilePicker = {
  async pick({ title, multiple }) {
    const window = BrowserWindow.getFocusedWindow();
    const options: Electron.OpenDialogOptions = {
      title,
      properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'],
    };
    const result = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options);
    return result.canceled || result.filePaths.length === 0
      ? { kind: 'cancelled' }
      : { kind: 'picked', paths: result.filePaths };
  },
};
