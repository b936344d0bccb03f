/**
 * Open a file input's picker. Chromium only allows it during a user gesture: from a click
 * or a key press it works; from a menu command (an IPC message) it may be refused, and
 * the caller then moves focus to a control the user can activate instead.
 */
export const openPicker = (input: HTMLInputElement | null): boolean => {
  if (!input) return false;
  try {
    if (typeof input.showPicker === 'function') input.showPicker();
    else input.click();
    return true;
  } catch {
    return false;
  }
};
