import { createTimerAlarm, MAX_WAIT_MS } from '../../../src/main/adapters/timer-alarm.js';

describe('the timer alarm', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2027-01-01T00:00:00Z') }));
  afterEach(() => vi.useRealTimers());
  const clock = { now: () => new Date(Date.now()) };

  it('fires at the instant, also beyond what one setTimeout can hold (~24.8 days)', () => {
    const alarm = createTimerAlarm(clock);
    const fired: number[] = [];
    const at = new Date(Date.now() + 60 * 86_400_000);
    alarm.arm(at, () => fired.push(Date.now()));
    vi.advanceTimersByTime(59 * 86_400_000);
    expect(fired).toEqual([]);
    vi.advanceTimersByTime(86_400_000);
    expect(fired).toEqual([at.getTime()]);
  });

  it('keeps only the last alarm armed, fires a past instant at once, and cancels', () => {
    const alarm = createTimerAlarm(clock);
    const fired: string[] = [];
    alarm.arm(new Date(Date.now() + 1000), () => fired.push('first'));
    alarm.arm(new Date(Date.now() + 2000), () => fired.push('second'));
    vi.advanceTimersByTime(5000);
    expect(fired).toEqual(['second']);
    alarm.arm(new Date(Date.now() - 1000), () => fired.push('late'));
    vi.advanceTimersByTime(0);
    expect(fired).toEqual(['second', 'late']);
    alarm.arm(new Date(Date.now() + 1000), () => fired.push('cancelled'));
    alarm.cancel();
    vi.advanceTimersByTime(5000);
    expect(fired).toEqual(['second', 'late']);
  });
});

describe('the timer alarm when the wall clock is set', () => {
  // Fake timers count like Node's, on their own clock; the wall clock is that plus an offset
  // the test changes, as the user or NTP would.
  beforeEach(() => vi.useFakeTimers({ now: new Date('2027-01-01T00:00:00Z') }));
  afterEach(() => vi.useRealTimers());
  let offset = 0;
  beforeEach(() => (offset = 0));
  const wall = { now: () => new Date(Date.now() + offset) };
  const HOUR = 3_600_000;

  it('notices a clock set forward past the instant within one capped wait, on one timer', () => {
    const alarm = createTimerAlarm(wall);
    const fired: number[] = [];
    const at = new Date(wall.now().getTime() + 2 * 86_400_000);
    alarm.arm(at, () => fired.push(wall.now().getTime()));
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(10 * 60_000);
    offset = 3 * 86_400_000; // three days forward: the instant has passed
    vi.advanceTimersByTime(MAX_WAIT_MS - 10 * 60_000 - 1);
    expect(fired).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(fired).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('does not fire early when the clock is set back: it waits for the wall-clock instant', () => {
    const alarm = createTimerAlarm(wall);
    const fired: number[] = [];
    const at = new Date(wall.now().getTime() + 30 * 60_000);
    alarm.arm(at, () => fired.push(wall.now().getTime()));
    offset = -2 * HOUR; // two hours back
    vi.advanceTimersByTime(30 * 60_000);
    expect(fired).toEqual([]); // the timer ran out, the wall clock is not there yet
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(2 * HOUR - 1);
    expect(fired).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(fired).toEqual([at.getTime()]);
  });

  it('wakes at most once per capped wait while idle, and fires on time without a change', () => {
    const alarm = createTimerAlarm(wall);
    const fired: number[] = [];
    const at = new Date(wall.now().getTime() + 5 * HOUR + 123);
    alarm.arm(at, () => fired.push(wall.now().getTime()));
    const started = Date.now();
    const wakes: number[] = [];
    for (let i = 0; i < 10 && fired.length === 0; i++) {
      vi.advanceTimersToNextTimer();
      wakes.push(Date.now() - started);
    }
    expect(wakes).toEqual([1, 2, 3, 4, 5].map((h) => h * HOUR).concat(5 * HOUR + 123));
    expect(fired).toEqual([at.getTime()]);
  });

  it('never fires inside arm, even for an instant already past', () => {
    const alarm = createTimerAlarm(wall, 1000);
    const fired: string[] = [];
    alarm.arm(new Date(wall.now().getTime() - 5000), () => fired.push('late'));
    expect(fired).toEqual([]);
    vi.advanceTimersByTime(0);
    expect(fired).toEqual(['late']);
  });
});
