import type { Alarm } from '../ports/alarm.js';
import type { Clock } from '../ports/clock.js';

/**
 * The longest single wait. Node timers count on the monotonic clock, the alarm's instant is
 * on the wall clock: when the wall clock is set forward (by hand, or NTP correcting a machine
 * that booted with a wrong time) nothing tells the timer, so an alarm still days away would
 * fire days late. Waking at least this often and looking at the wall clock bounds that delay.
 *
 * One hour: thresholds are whole days, so a notification an hour late still lands on the
 * day it is due, while the wake-ups (24 a day, a subtraction each, no I/O) cost nothing
 * measurable and stay far from issue 8's P5 window (no wake-up in 60 s idle). The shell's
 * resume, unlock and focus refreshes usually catch a change sooner.
 */
export const MAX_WAIT_MS = 60 * 60 * 1000;

/**
 * The Alarm port on Node timers: still one timer, never more. Each time it fires it compares
 * the instant with the wall clock: early (the clock was set back, or the wait was capped) it
 * waits again for what is left; reached or passed, it fires. The timer does not keep the
 * process alive on its own (the app's window or tray does). Sleep is also handled by whoever
 * re-arms: the expiry watcher checks again on resume (powerMonitor in the shell).
 */
export const createTimerAlarm = (clock: Clock, maxWaitMs = MAX_WAIT_MS): Alarm => {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const cancel = () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };
  const wait = (at: Date, fire: () => void) => {
    const left = at.getTime() - clock.now().getTime();
    // Always through a timer, even when due: `fire` never runs inside `arm` (the watcher
    // arms from within its own check).
    timer = setTimeout(
      () => {
        timer = null;
        if (at.getTime() > clock.now().getTime()) wait(at, fire);
        else fire();
      },
      Math.min(Math.max(0, left), maxWaitMs),
    );
    timer.unref?.();
  };
  const arm = (at: Date, fire: () => void) => {
    cancel();
    wait(at, fire);
  };
  return { arm, cancel };
};
