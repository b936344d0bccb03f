import type { Clock } from '../../ports/clock.js';
import type { ScanProgress } from './folder-scan.js';

/** How often a scan tells the window how far it got. */
const PROGRESS_EVERY_MS = 100;

/**
 * A folder scan's progress for the window, a few times a second and always the last step:
 * one event per file would be 10,000 messages for a large folder, each drawn by the window.
 */
export const throttledProgress = (
  clock: Clock,
  emit: (p: ScanProgress) => void,
): ((p: ScanProgress) => void) => {
  let last = -Infinity;
  return (p) => {
    const at = clock.now().getTime();
    if (at - last < PROGRESS_EVERY_MS && p.filesDone < p.filesFound) return;
    last = at;
    emit(p);
  };
};
