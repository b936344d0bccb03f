import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.js';
import { fr } from './fr.js';
import type { Language } from './messages.js';

export const resources = { fr: { translation: fr }, en: { translation: en } } as const;

/**
 * One instance per app root (tests mount several apps). Resources are bundled, so
 * initialisation is synchronous and the first render is already translated.
 */
export const createI18n = (language: Language): i18n => {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'fr',
    supportedLngs: ['fr', 'en'],
    initAsync: false,
    // React escapes text itself; escaping here would show "&amp;" in names.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
};
