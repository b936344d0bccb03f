import type { Alarm } from '../ports/alarm.js';
import type { Clock } from '../ports/clock.js';

/** setTimeout's ceiling (about 24.8 days): a later instant is reached in steps. */
const MAX_DELAY_MS = 2 ** 31 - 1;

/**
 * The Alarm port on Node timers. The timer does not keep the process alive on its own (the
 * app's window or tray does). A clock change or a sleep is handled by whoever re-arms: the
 * expiry watcher does so on resume and on clock changes (powerMonitor in the shell).
 */
export const createTimerAlarm = (clock: Clock): Alarm => {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const cancel = () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };
  const arm = (at: Date, fire: () => void) => {
    cancel();
    const wait = at.getTime() - clock.now().getTime();
    timer =
      wait > MAX_DELAY_MS
        ? setTimeout(() => arm(at, fire), MAX_DELAY_MS)
        : setTimeout(
            () => {
              timer = null;
              fire();
            },
            Math.max(0, wait),
          );
    timer.unref?.();
  };
  return { arm, cancel };
};
