import { describe, expect, it } from 'vitest';
import { daysLeftLabel, daysLeftTone } from '../../../../src/renderer/features/inspector/days-left.js';

describe('days-left badge', () => {
  it.each([
    [1000, 'green'],
    [61, 'green'],
    [60, 'orange'],
    [16, 'orange'],
    [15, 'red'],
    [1, 'red'],
    [0, 'red'],
    [-1, 'red'],
    [-400, 'red'],
  ] as const)('%i days left → %s', (days, tone) => {
    expect(daysLeftTone(days)).toBe(tone);
  });

  it('says "expired since N days" once the date has passed, "today" on the day', () => {
    expect(daysLeftLabel(-12)).toEqual({ key: 'days.expired', count: 12 });
    expect(daysLeftLabel(0)).toEqual({ key: 'days.today' });
    expect(daysLeftLabel(42)).toEqual({ key: 'days.left', count: 42 });
  });
});
