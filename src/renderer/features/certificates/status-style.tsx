import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Status } from './inventory-rows.js';

/**
 * One colour per status, the same on the badges, the cards and the chart. What needs
 * doing now is filled; what is fine or informative is light.
 */
export const STATUS_COLOR: Readonly<Record<Status, string>> = {
  'renew-now': 'red',
  expired: 'dark',
  revoked: 'grape',
  'renew-soon': 'orange',
  valid: 'teal',
  unrecognised: 'gray',
};

export const STATUS_FILLED: ReadonlySet<Status> = new Set(['renew-now', 'expired', 'revoked']);

export const StatusBadge = ({ status }: { status: Status }) => {
  const { t } = useTranslation();
  return (
    <Badge
      color={STATUS_COLOR[status]}
      variant={STATUS_FILLED.has(status) ? 'filled' : 'light'}
      tt="none"
      data-testid="status-badge"
      data-status={status}
      style={{ flexShrink: 0 }}
    >
      {t(`certificates.status.${status}`)}
    </Badge>
  );
};
