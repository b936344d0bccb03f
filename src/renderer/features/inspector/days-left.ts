/** Badge colour for the days left: renewal takes time, so warn two months ahead. */
export type DaysTone = 'green' | 'orange' | 'red';

// ANS mails the administrator about 60 days before expiry; 15 days is "act now".
export const WARN_DAYS = 60;
export const URGENT_DAYS = 15;

export const daysLeftTone = (daysLeft: number): DaysTone => {
  if (daysLeft <= URGENT_DAYS) return 'red';
  if (daysLeft <= WARN_DAYS) return 'orange';
  return 'green';
};

export type DaysLabel =
  { key: 'days.expired'; count: number } | { key: 'days.today' } | { key: 'days.left'; count: number };

export const daysLeftLabel = (daysLeft: number): DaysLabel => {
  if (daysLeft < 0) return { key: 'days.expired', count: -daysLeft };
  if (daysLeft === 0) return { key: 'days.today' };
  return { key: 'days.left', count: daysLeft };
};
