import type { Clock } from '../ports/clock.js';

export const systemClock: Clock = { now: () => new Date() };

/** A clock that always says the same time (tests, `--at` in the CLI). */
export const fixedClock = (at: Date): Clock => ({ now: () => new Date(at.getTime()) });
