import type { Language } from '../i18n/messages.js';

const LOCALES: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

export const localeOf = (language: Language): string => LOCALES[language];

/** "25 avril 2028" / "25 April 2028". */
export const formatDate = (iso: string, language: Language): string =>
  new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long' }).format(new Date(iso));

/** Date and time with the zone: technical fields, where the hour matters. */
export const formatDateTime = (iso: string, language: Language): string =>
  new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'long',
    timeStyle: 'long',
  }).format(new Date(iso));

// Building an Intl.NumberFormat costs far more than using one: a dashboard prints hundreds.
const numberFormats = new Map<string, Intl.NumberFormat>();

export const formatNumber = (value: number, language: Language, digits = 0): string => {
  const key = `${language}/${digits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: digits });
    numberFormats.set(key, format);
  }
  return format.format(value);
};

/** "15:01:25:B6…": how fingerprints and serials are printed by every other tool. */
export const hexPairs = (hex: string): string => (hex.toUpperCase().match(/.{1,2}/g) ?? []).join(':');

export type SizeUnit = { unit: 'bytes' | 'kib' | 'mib'; value: string };

export const sizeParts = (bytes: number, language: Language): SizeUnit => {
  if (bytes < 1024) return { unit: 'bytes', value: formatNumber(bytes, language) };
  if (bytes < 1024 * 1024) return { unit: 'kib', value: formatNumber(bytes / 1024, language, 1) };
  return { unit: 'mib', value: formatNumber(bytes / (1024 * 1024), language, 1) };
};
