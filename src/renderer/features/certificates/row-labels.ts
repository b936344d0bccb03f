import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocationSource } from '../../../shared/model/inventory.js';
import { daysLeftLabel } from '../inspector/days-left.js';
import { STATUSES, type Status } from './inventory-rows.js';

/**
 * Every text a row shows, translated once per language: a keystroke mounts up to 30 rows,
 * and i18next's lookup per cell would cost more than the rows themselves.
 */
export type RowLabels = {
  status: Readonly<Record<Status, string>>;
  source: (source: LocationSource) => string;
  daysLeft: (days: number) => string;
  test: string;
  snoozedUntil: (date: string) => string;
};

export const useRowLabels = (): RowLabels => {
  const { t } = useTranslation();
  return useMemo(() => {
    const status = Object.fromEntries(STATUSES.map((s) => [s, t(`certificates.status.${s}`)])) as Record<
      Status,
      string
    >;
    const sources = new Map<LocationSource, string>();
    const days = new Map<number, string>();
    return {
      status,
      source: (s) => {
        let label = sources.get(s);
        if (label === undefined) sources.set(s, (label = t(`certificates.sources.${s}`)));
        return label;
      },
      daysLeft: (n) => {
        let text = days.get(n);
        if (text === undefined) {
          const label = daysLeftLabel(n);
          text = label.key === 'days.today' ? t(label.key) : t(label.key, { count: label.count });
          days.set(n, text);
        }
        return text;
      },
      test: t('env.test'),
      snoozedUntil: (date) => t('certificates.drawer.snoozedUntil', { date }),
    };
  }, [t]);
};
