import { VisuallyHidden } from '@mantine/core';
import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { localeOf } from '../../format/format.js';
import { useLanguage } from '../../i18n/use-language.js';
import { CertificateRow } from './certificate-row.js';
import type { Row, SortKey, SortOrder } from './inventory-rows.js';
import { useRowLabels } from './row-labels.js';
import { TableHeader } from './table-header.js';
import { useRowWindow } from './use-row-window.js';
import classes from './certificates-table.module.css';

export const ROW_HEIGHT = 60;
const MAX_VISIBLE_ROWS = 10;

type CertificatesTableProps = {
  rows: readonly Row[];
  /** The search text these rows answer (on the grid, so a benchmark can see when it is shown). */
  query: string;
  nowMs: number;
  sort: SortOrder;
  onSort: (key: SortKey) => void;
  onOpen: (row: Row) => void;
};

/**
 * The certificates as an ARIA grid, windowed: one row is in the tab order (roving
 * tabindex), arrows, Page Up/Down, Home/End move it, Enter or Space opens the drawer.
 */
export const CertificatesTable = memo(
  ({ rows, query, nowMs, sort, onSort, onOpen }: CertificatesTableProps) => {
    const { t } = useTranslation();
    const [language] = useLanguage();
    const labels = useRowLabels();
    const { scrollRef, first, last, onScroll, reveal, pageSize } = useRowWindow(rows.length, ROW_HEIGHT);
    const [active, setActive] = useState(0);
    const focusPending = useRef(false);
    const activeIndex = Math.min(active, Math.max(0, rows.length - 1));

    // One formatter for every row: building one per cell would cost more than the rows.
    const formatDate = useMemo(() => {
      const f = new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'long' });
      return (ms: number) => f.format(ms);
    }, [language]);

    const moveTo = (index: number) => {
      const next = Math.max(0, Math.min(rows.length - 1, index));
      reveal(next);
      focusPending.current = true;
      setActive(next);
    };

    // After a keyboard move the target row exists (scroll offset and row index changed in
    // the same commit): give it the focus now.
    useLayoutEffect(() => {
      if (!focusPending.current) return;
      focusPending.current = false;
      scrollRef.current
        ?.querySelector<HTMLElement>(`[data-index="${activeIndex}"]`)
        ?.focus({ preventScroll: true });
    });

    // Rows are memoised: they get stable handlers that read the latest props through a ref.
    const latest = useRef({ rows, pageSize: pageSize, moveTo, onOpen });
    useLayoutEffect(() => {
      latest.current = { rows, pageSize: pageSize, moveTo, onOpen };
    });
    const openRow = useCallback((row: Row) => latest.current.onOpen(row), []);
    const onKeyDown = useCallback((event: KeyboardEvent<HTMLDivElement>, index: number) => {
      const { rows: all, pageSize, moveTo: move, onOpen: open } = latest.current;
      const moves: Record<string, number> = {
        ArrowDown: index + 1,
        ArrowUp: index - 1,
        PageDown: index + pageSize,
        PageUp: index - pageSize,
        Home: 0,
        End: all.length - 1,
      };
      const target = moves[event.key];
      const row = all[index];
      if (target !== undefined) {
        event.preventDefault();
        move(target);
      } else if ((event.key === 'Enter' || event.key === ' ') && row) {
        event.preventDefault();
        open(row);
      }
    }, []);

    const visible = rows.slice(first, last);
    // The row in the tab order: the last one used, or the first drawn when it scrolled away.
    const tabbable = activeIndex >= first && activeIndex < last ? activeIndex : first;
    return (
      <div
        role="grid"
        className={classes.grid}
        aria-label={t('certificates.tableLabel')}
        aria-rowcount={rows.length + 1}
        aria-colcount={5}
        aria-describedby="certificates-table-help"
        data-testid="certificates-table"
        data-query={query}
        data-count={rows.length}
      >
        <VisuallyHidden id="certificates-table-help">{t('certificates.tableHelp')}</VisuallyHidden>
        <div className={classes.inner}>
          <TableHeader sort={sort} onSort={onSort} />
          <div
            role="rowgroup"
            ref={scrollRef}
            className={classes.viewport}
            style={{ height: Math.min(rows.length, MAX_VISIBLE_ROWS) * ROW_HEIGHT }}
            onScroll={onScroll}
          >
            <div className={classes.body} style={{ height: rows.length * ROW_HEIGHT }}>
              {visible.map((row, i) => {
                const index = first + i;
                return (
                  <CertificateRow
                    key={row.entry.sha256}
                    row={row}
                    index={index}
                    top={index * ROW_HEIGHT}
                    height={ROW_HEIGHT}
                    nowMs={nowMs}
                    active={index === tabbable}
                    labels={labels}
                    formatDate={formatDate}
                    onOpen={openRow}
                    onKeyDown={onKeyDown}
                    onFocusRow={setActive}
                  />
                );
              })}
            </div>
          </div>
        </div>
      </div>
    );
  },
);
CertificatesTable.displayName = 'CertificatesTable';
