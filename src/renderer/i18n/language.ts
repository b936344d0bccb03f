import { isLanguage, type Language } from './messages.js';

const STORAGE_KEY = 'vigie.language';

/** French unless the user chose English before (storage can be unavailable: stay French). */
export const readStoredLanguage = (): Language => {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : 'fr';
  } catch {
    return 'fr';
  }
};

export const storeLanguage = (language: Language): void => {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode or a locked profile: the choice lasts for this session only.
  }
};

/** Screen readers and hyphenation follow the document language. */
export const applyDocumentLanguage = (language: Language): void => {
  document.documentElement.lang = language;
};
