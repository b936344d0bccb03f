import { Notification } from 'electron';
import type { Notifier } from '../ports/notifier.js';

/**
 * The Notifier port on Electron's native notifications (Windows toast, macOS Notification
 * Center, freedesktop notifications on Linux). Clicking one calls `onClick` with the
 * certificate it is about (the first, when grouped). Shown notifications are kept until
 * closed: a collected Notification object loses its click handler.
 */
export const createElectronNotifier = (onClick: (sha256: string | null) => void): Notifier => {
  const shown = new Set<Notification>();
  return {
    notify({ title, body, certificates }) {
      if (!Notification.isSupported()) return;
      const n = new Notification({ title, body, silent: false });
      shown.add(n);
      n.on('click', () => onClick(certificates.length === 1 ? (certificates[0] ?? null) : null));
      n.on('close', () => shown.delete(n));
      n.show();
    },
  };
};
