import { IconBellOff, IconFlask } from '@tabler/icons-react';
import { memo, type CSSProperties, type KeyboardEvent } from 'react';
import { DAY_MS } from '../../../shared/inventory/deadlines.js';
import type { Row } from './inventory-rows.js';
import type { RowLabels } from './row-labels.js';
import { SOURCE_ICON } from './source-icons.js';
import { STATUS_COLOR, STATUS_FILLED } from './status-style.js';
import classes from './certificates-table.module.css';

type CertificateRowProps = {
  row: Row;
  index: number;
  top: number;
  height: number;
  nowMs: number;
  active: boolean;
  labels: RowLabels;
  formatDate: (ms: number) => string;
  onOpen: (row: Row) => void;
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>, index: number) => void;
  onFocusRow: (index: number) => void;
};

const badgeStyle = (status: Row['entry']['status']): CSSProperties => {
  const color = STATUS_COLOR[status];
  return (
    STATUS_FILLED.has(status)
      ? {
          '--badge-bg': `var(--mantine-color-${color}-filled)`,
          '--badge-color': 'var(--mantine-color-white)',
        }
      : {
          '--badge-bg': `var(--mantine-color-${color}-light)`,
          '--badge-color': `var(--mantine-color-${color}-light-color)`,
        }
  ) as CSSProperties;
};

/**
 * One certificate in the list, in plain elements (the same look as the Mantine badges and
 * texts elsewhere) and memoised: scrolling or filtering renders only the rows that move in.
 */
export const CertificateRow = memo(
  ({
    row,
    index,
    top,
    height,
    nowMs,
    active,
    labels,
    formatDate,
    onOpen,
    onKeyDown,
    onFocusRow,
  }: CertificateRowProps) => {
    const e = row.entry;
    const days = Math.floor((row.renewByMs - nowMs) / DAY_MS);
    const urgent = e.status === 'renew-now' || e.status === 'expired';
    const snoozed = e.snoozedUntil ? labels.snoozedUntil(formatDate(Date.parse(e.snoozedUntil))) : null;
    return (
      <div
        role="row"
        aria-rowindex={index + 2}
        tabIndex={active ? 0 : -1}
        className={classes.item}
        style={{ height, top }}
        data-testid="certificate-row"
        data-index={index}
        data-sha256={e.sha256}
        data-status={e.status}
        onClick={() => onOpen(row)}
        onKeyDown={(event) => onKeyDown(event, index)}
        onFocus={() => onFocusRow(index)}
      >
        <div role="gridcell" className={classes.cell}>
          <div className={classes.name}>
            {e.igc?.environment === 'test' && (
              <span className={classes.test} data-testid="env-badge" data-environment="test">
                <IconFlask size={10} aria-hidden />
                {labels.test}
              </span>
            )}
            <span className={classes.strong} data-testid="row-name">
              {row.name}
            </span>
          </div>
          <div className={classes.dim}>{row.detail}</div>
        </div>
        <div role="gridcell" className={classes.cell}>
          <div className={classes.places}>
            {row.sources.map((source) => {
              const Icon = SOURCE_ICON[source];
              const here = e.locations.filter((l) => l.source === source);
              return (
                <span
                  key={source}
                  className={classes.place}
                  title={[labels.source(source), ...here.map((l) => l.locator)].join('\n')}
                  data-testid="place"
                  data-source={source}
                >
                  <Icon size={16} aria-hidden />
                  {/* Several kinds of place: icons side by side (names in the tooltip and for
                      screen readers), so the column never overlaps at a fixed width. */}
                  <span className={row.sources.length > 1 ? classes.visuallyHidden : undefined}>
                    {labels.source(source)}
                  </span>
                  {here.length > 1 ? ` ×${here.length}` : ''}
                </span>
              );
            })}
          </div>
        </div>
        <div role="gridcell" className={classes.cell}>
          <div className={classes.statusLine}>
            <span
              className={classes.badge}
              style={badgeStyle(e.status)}
              data-testid="status-badge"
              data-status={e.status}
            >
              {labels.status[e.status]}
            </span>
            {snoozed && (
              <IconBellOff size={16} role="img" aria-label={snoozed} color="var(--mantine-color-dimmed)" />
            )}
          </div>
        </div>
        <div role="gridcell" className={classes.cell}>
          <div className={classes.text} data-testid="row-renew-by">
            {formatDate(row.renewByMs)}
          </div>
          <div className={urgent ? classes.urgent : classes.dim}>{labels.daysLeft(days)}</div>
        </div>
        <div role="gridcell" className={classes.cell}>
          <div className={classes.text}>{formatDate(Date.parse(e.notAfter))}</div>
        </div>
      </div>
    );
  },
);
CertificateRow.displayName = 'CertificateRow';
