import type { fr } from './fr.js';

// Typed keys: `t('home.title')` compiles, a typo does not. i18next reads this through
// declaration merging, which needs an interface.
declare module 'i18next' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- merging needs an interface
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof fr };
  }
}
