import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { daysLeftLabel, daysLeftTone } from './days-left.js';

export const DaysLeftBadge = ({ daysLeft }: { daysLeft: number }) => {
  const { t } = useTranslation();
  const tone = daysLeftTone(daysLeft);
  const label = daysLeftLabel(daysLeft);
  return (
    <Badge
      color={tone}
      variant={tone === 'green' ? 'light' : 'filled'}
      data-testid="days-left-badge"
      data-tone={tone}
      tt="none"
    >
      {label.key === 'days.today' ? t(label.key) : t(label.key, { count: label.count })}
    </Badge>
  );
};
