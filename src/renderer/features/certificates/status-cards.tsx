import { Group, SimpleGrid, Text, UnstyledButton } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatusCounts } from '../../../shared/inventory/status-summary.js';
import { useFormat } from '../../format/use-format.js';
import { STATUSES, type Status } from './inventory-rows.js';
import { STATUS_COLOR } from './status-style.js';
import classes from './status-cards.module.css';

type StatusCardsProps = {
  counts: StatusCounts;
  selected: ReadonlySet<Status>;
  onToggle: (status: Status) => void;
};

/** Counts by status, at a glance; each card is a toggle that filters the list below. */
export const StatusCards = memo(({ counts, selected, onToggle }: StatusCardsProps) => {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <SimpleGrid
      cols={{ base: 2, sm: 3, lg: 6 }}
      spacing="sm"
      role="group"
      aria-label={t('certificates.statusCardsLabel')}
    >
      {STATUSES.map((status) => {
        const pressed = selected.has(status);
        const empty = counts[status] === 0;
        return (
          <UnstyledButton
            key={status}
            className={classes.card}
            aria-pressed={pressed}
            data-pressed={pressed || undefined}
            data-empty={empty || undefined}
            data-testid={`status-card-${status}`}
            onClick={() => onToggle(status)}
            style={{ '--status-color': `var(--mantine-color-${STATUS_COLOR[status]}-6)` }}
          >
            <Text fz={28} fw={700} lh={1.1} data-testid="status-count">
              {format.number(counts[status])}
            </Text>
            <Group gap={6} wrap="nowrap" mt={4}>
              <span className={classes.dot} aria-hidden />
              <Text size="sm" fw={500} lh={1.25}>
                {t(`certificates.status.${status}`)}
              </Text>
            </Group>
          </UnstyledButton>
        );
      })}
    </SimpleGrid>
  );
});
StatusCards.displayName = 'StatusCards';
