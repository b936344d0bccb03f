import { UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SortKey, SortOrder } from './inventory-rows.js';
import classes from './certificates-table.module.css';

/** The five columns; the two date columns sort on the same deadline (they are one date today). */
const COLUMNS = [
  { id: 'name', sort: 'name' },
  { id: 'place', sort: 'place' },
  { id: 'status', sort: 'action' },
  { id: 'renewBy', sort: 'renewBy' },
  { id: 'notAfter', sort: null },
] as const satisfies readonly { id: string; sort: SortKey | null }[];

type TableHeaderProps = { sort: SortOrder; onSort: (key: SortKey) => void };

export const TableHeader = ({ sort, onSort }: TableHeaderProps) => {
  const { t } = useTranslation();
  return (
    <div role="rowgroup">
      <div role="row" aria-rowindex={1} className={classes.head}>
        {COLUMNS.map((c) => {
          const label = t(`certificates.columns.${c.id}`);
          if (c.sort === null)
            return (
              <div key={c.id} role="columnheader" className={classes.cell}>
                {label}
              </div>
            );
          const active = sort.key === c.sort;
          const Arrow = !active ? IconSelector : sort.descending ? IconArrowDown : IconArrowUp;
          return (
            <div
              key={c.id}
              role="columnheader"
              className={classes.cell}
              aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}
            >
              <UnstyledButton
                className={classes.sort}
                onClick={() => onSort(c.sort)}
                data-testid={`sort-${c.id}`}
                aria-label={t('certificates.sortBy', { column: label })}
              >
                {label}
                <Arrow size={14} aria-hidden style={{ opacity: active ? 1 : 0.45 }} />
              </UnstyledButton>
            </div>
          );
        })}
      </div>
    </div>
  );
};
