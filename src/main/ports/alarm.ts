/**
 * One wake-up at an instant: the expiry watcher arms one for the next threshold crossing
 * instead of polling. The instant is on the wall clock (the clock's `now`), and the alarm
 * honours it even when that clock is set while the alarm waits: it never fires before the
 * instant, and fires after it within a bounded delay (the Node adapter, timer-alarm.ts,
 * looks at the wall clock at least hourly; it also copes with delays longer than a timer can
 * hold). A fake in tests fires when the test moves its clock.
 */
export type Alarm = {
  /** Arms `fire` for `at` (now or in the past: as soon as possible); replaces the armed one. */
  arm(at: Date, fire: () => void): void;
  cancel(): void;
};
