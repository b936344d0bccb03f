import type { Messages } from './messages.js';

/** English for the notification thresholds; see fr-reminders.ts. */
export const enReminders: Pick<Messages, 'reminders' | 'inProgress'> = {
  inProgress: {
    title_one: '{{count}} certificate in the making',
    title_other: '{{count}} certificates in the making',
    next: 'Next step',
  },
  reminders: {
    open: 'Reminders',
    title: 'When Vigie warns you',
    intro:
      'Vigie sends a system notification at each of these delays before the deadline ("renew before"), then at the deadline.',
    thresholds: 'Reminder delays (days, separated by commas)',
    renewNow: '"Renew now" status from (days)',
    invalid: 'Write whole numbers of days (0 to 3650), separated by commas.',
    cancel: 'Cancel',
    save: 'Save',
    certificate: {
      title: 'Reminders',
      own: 'Specific to this certificate',
      global: 'General settings',
      thresholdsLine: 'Reminders (days before the deadline): {{days}}',
      noThreshold: 'none',
      renewNowLine: '"Renew now" status from (days): {{days}}',
      edit: 'Change for this certificate',
      useGlobal: 'Back to the general settings',
      hint: 'A delay already past and nearer than the last reminder received is notified once; the others are not notified again.',
    },
  },
};
