import { useEffect } from 'react';

/**
 * A file dropped outside the drop zone would make Chromium navigate to it, replacing the
 * app with the raw file. Swallow drops on the window; the zone handles its own first.
 */
export const useWindowDropGuard = (): void => {
  useEffect(() => {
    const block = (event: DragEvent) => {
      if (!event.defaultPrevented) event.preventDefault();
    };
    window.addEventListener('dragover', block);
    window.addEventListener('drop', block);
    return () => {
      window.removeEventListener('dragover', block);
      window.removeEventListener('drop', block);
    };
  }, []);
};
