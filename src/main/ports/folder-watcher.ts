/**
 * Tells when something changed inside a folder (its subfolders included). The adapter is
 * the OS's file notifications (inotify, FSEvents, ReadDirectoryChangesW through fs.watch):
 * no polling, nothing wakes up while nothing changes.
 */
export type FolderWatcher = {
  /** Calls `onChange` after changes inside `folder`; returns what stops watching it. */
  watch(folder: string, onChange: () => void): () => void;
};

export const noFolderWatcher: FolderWatcher = { watch: () => () => undefined };
