import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/use-language.js';
import { formatDate, formatDateTime, formatNumber, sizeParts } from './format.js';

/** Locale-bound formatters, so components never pass the language around by hand. */
export const useFormat = () => {
  const [language] = useLanguage();
  const { t } = useTranslation();
  return useMemo(
    () => ({
      language,
      date: (iso: string) => formatDate(iso, language),
      dateTime: (iso: string) => formatDateTime(iso, language),
      number: (value: number) => formatNumber(value, language),
      size: (bytes: number) => {
        const { unit, value } = sizeParts(bytes, language);
        return unit === 'bytes' ? t('result.bytes', { count: bytes }) : t(`result.${unit}`, { value });
      },
    }),
    [language, t],
  );
};
