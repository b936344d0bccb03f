import type { fr } from './fr.js';

// Typed keys: `t('home.title')` compiles, a typo does not. i18next reads this through
// declaration merging, which needs an interface.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof fr };
  }
}
