/** A native desktop notification (Electron `Notification` in the shell; a recording fake in tests). */
export type DesktopNotification = {
  title: string;
  body: string;
  /** The certificates it is about (SHA-256): clicking it opens the first, or the list. */
  certificates: string[];
};

export type Notifier = { notify(notification: DesktopNotification): void };
