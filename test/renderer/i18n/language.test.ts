import { describe, expect, it } from 'vitest';
import {
  applyDocumentLanguage,
  readStoredLanguage,
  storeLanguage,
} from '../../../src/renderer/i18n/language.js';

describe('language preference', () => {
  it('is French by default', () => {
    expect(readStoredLanguage()).toBe('fr');
  });

  it('comes back as stored', () => {
    storeLanguage('en');
    expect(readStoredLanguage()).toBe('en');
  });

  it('ignores anything that is not a supported language', () => {
    window.localStorage.setItem('vigie.language', 'de');
    expect(readStoredLanguage()).toBe('fr');
  });

  it('sets <html lang>', () => {
    applyDocumentLanguage('en');
    expect(document.documentElement.lang).toBe('en');
  });
});
