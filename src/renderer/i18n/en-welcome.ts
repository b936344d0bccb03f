import type { frWelcome } from './fr-welcome.js';

export const enWelcome: typeof frWelcome = {
  welcome: {
    title: 'Who are you?',
    intro:
      'Three starting questions so that Vigie opens on what matters to you. Nothing is sent: these answers stay on this computer.',
    why: 'A health professional follows a card and a few certificates; an organisation orders and renews those of its services; an IT team watches hundreds of certificates. Your answer picks the home page, the menu order, the reminder dates and the platform offered by default.',
    roleLabel: 'You use Vigie as…',
    roleRequired: 'Choose one of the three answers to continue.',
    roles: {
      ps: {
        label: 'Health professional',
        hint: 'Your certificates and your CPS card first. Reminders from 60 days before the deadline.',
      },
      structure: {
        label: 'Organisation (practice, health centre, facility)',
        hint: 'The organisation’s certificates and your orders in progress first. Reminders from 60 days.',
      },
      it: {
        label: 'IT team',
        hint: 'The dashboard of every watched certificate. Reminders from 90 days, time to plan deployments.',
      },
    },
    envLabel: 'Which IGC-Santé platform do you work on?',
    envProduction: 'Production',
    envProductionHint: 'Real certificates, accepted by national services (DMP, MSSanté, INSi…).',
    envTest: 'TEST platform',
    envTestHint: 'For integration testing: test certificates are refused in production.',
    changeLater: 'You can change these answers at any time: Help › Change my profile.',
    thresholdsFailed:
      'Your profile is saved, but not the reminder dates. Set them later in “My certificates”, “Reminders” button.',
    continue: 'Continue',
    start: 'Start',
    save: 'Save my profile',
    saved: 'Profile saved.',
    current: 'Current profile: {{role}} — {{environment}}.',
    none: 'No profile chosen yet.',
  },
};
