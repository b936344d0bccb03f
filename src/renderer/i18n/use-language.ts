import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { applyDocumentLanguage, storeLanguage } from './language.js';
import { isLanguage, type Language } from './messages.js';

/** The current language and a setter that also persists it and updates `<html lang>`. */
export const useLanguage = (): [Language, (language: Language) => void] => {
  const { i18n } = useTranslation();
  const current = isLanguage(i18n.language) ? i18n.language : 'fr';
  const setLanguage = useCallback(
    (language: Language) => {
      void i18n.changeLanguage(language);
      storeLanguage(language);
      applyDocumentLanguage(language);
    },
    [i18n],
  );
  return [current, setLanguage];
};
