import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { IconBellOff, IconFlask } from '@tabler/icons-react';
import { memo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DAY_MS } from '../../../shared/inventory/deadlines.js';
import { daysLeftLabel } from '../inspector/days-left.js';
import type { Row } from './inventory-rows.js';
import { SourcePlaces } from './source-places.js';
import { StatusBadge } from './status-style.js';
import classes from './certificates-table.module.css';

type CertificateRowProps = {
  row: Row;
  index: number;
  top: number;
  height: number;
  nowMs: number;
  active: boolean;
  formatDate: (ms: number) => string;
  onOpen: (row: Row) => void;
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>, index: number) => void;
  onFocusRow: (index: number) => void;
};

/** TEST is loud on purpose (see env-badge.tsx), small enough to sit in a fixed-height row. */
const TestBadge = () => {
  const { t } = useTranslation();
  return (
    <Badge
      size="xs"
      color="orange"
      variant="filled"
      leftSection={<IconFlask size={10} aria-hidden />}
      data-testid="env-badge"
      data-environment="test"
      style={{ flexShrink: 0 }}
    >
      {t('env.test')}
    </Badge>
  );
};

/** One certificate in the list; memoised so scrolling re-renders only the rows that move in. */
export const CertificateRow = memo(
  ({
    row,
    index,
    top,
    height,
    nowMs,
    active,
    formatDate,
    onOpen,
    onKeyDown,
    onFocusRow,
  }: CertificateRowProps) => {
    const { t } = useTranslation();
    const e = row.entry;
    const days = Math.floor((row.renewByMs - nowMs) / DAY_MS);
    const label = daysLeftLabel(days);
    const urgent = e.status === 'renew-now' || e.status === 'expired';
    return (
      <div
        role="row"
        aria-rowindex={index + 2}
        tabIndex={active ? 0 : -1}
        className={classes.item}
        style={{ height, transform: `translateY(${top}px)` }}
        data-testid="certificate-row"
        data-index={index}
        data-sha256={e.sha256}
        data-status={e.status}
        onClick={() => onOpen(row)}
        onKeyDown={(event) => onKeyDown(event, index)}
        onFocus={() => onFocusRow(index)}
      >
        <div role="gridcell" className={classes.cell}>
          <Group gap={6} wrap="nowrap">
            {e.igc?.environment === 'test' && <TestBadge />}
            <Text size="sm" fw={600} truncate data-testid="row-name">
              {row.name}
            </Text>
          </Group>
          <Text size="xs" c="dimmed" truncate>
            {row.detail}
          </Text>
        </div>
        <div role="gridcell" className={classes.cell}>
          <SourcePlaces sources={row.sources} locations={e.locations} />
        </div>
        <div role="gridcell" className={classes.cell}>
          <Group gap={6} wrap="nowrap">
            <StatusBadge status={e.status} />
            {e.snoozedUntil && (
              <Tooltip
                label={t('certificates.drawer.snoozedUntil', {
                  date: formatDate(Date.parse(e.snoozedUntil)),
                })}
              >
                <IconBellOff
                  size={16}
                  aria-label={t('certificates.drawer.snoozedUntil', {
                    date: formatDate(Date.parse(e.snoozedUntil)),
                  })}
                  color="var(--mantine-color-dimmed)"
                />
              </Tooltip>
            )}
          </Group>
        </div>
        <div role="gridcell" className={classes.cell}>
          <Text size="sm" data-testid="row-renew-by">
            {formatDate(row.renewByMs)}
          </Text>
          <Text size="xs" c={urgent ? 'red.7' : 'dimmed'}>
            {label.key === 'days.today' ? t(label.key) : t(label.key, { count: label.count })}
          </Text>
        </div>
        <div role="gridcell" className={classes.cell}>
          <Text size="sm">{formatDate(Date.parse(e.notAfter))}</Text>
        </div>
      </div>
    );
  },
);
CertificateRow.displayName = 'CertificateRow';
