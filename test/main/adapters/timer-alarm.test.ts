import { createTimerAlarm } from '../../../src/main/adapters/timer-alarm.js';

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
