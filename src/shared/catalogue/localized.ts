/** The two languages the app speaks. Every user-facing string in the catalogue exists in both. */
export type Lang = 'fr' | 'en';

export type Localized = { readonly fr: string; readonly en: string };

/**
 * How sure we are of a fact: H = read from real certificates or ANS files, M = one
 * secondary source, L = inference by analogy. L facts are data the UI may show with a
 * caveat, never hard rules that reject a user's certificate.
 */
export type Confidence = 'H' | 'M' | 'L';

export const localize = (text: Localized, lang: Lang): string => text[lang];
