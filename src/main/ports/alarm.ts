/**
 * One wake-up at an instant: the expiry watcher arms one for the next threshold crossing
 * instead of polling. The adapter copes with delays longer than a timer can hold; a fake in
 * tests fires when the test moves its clock.
 */
export type Alarm = {
  /** Arms `fire` for `at` (now or in the past: as soon as possible); replaces the armed one. */
  arm(at: Date, fire: () => void): void;
  cancel(): void;
};
