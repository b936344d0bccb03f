import { Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { Fragment, memo, useId, useMemo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { localeOf } from '../../format/format.js';
import { useFormat } from '../../format/use-format.js';
import type { Status } from './inventory-rows.js';
import type { MonthBucket } from './expiry-months.js';
import { STATUS_COLOR } from './status-style.js';
import classes from './expiry-chart.module.css';

/** Bottom to top: the most urgent sits on the axis, where the eye lands first. */
const STACK: readonly Status[] = ['renew-now', 'renew-soon', 'valid', 'unrecognised'];

const WIDTH = 760;
const HEIGHT = 210;
const TOP = 22;
const BOTTOM = 34;
const SIDE = 8;

type ExpiryChartProps = {
  months: readonly MonthBucket[];
  /** The month the list is filtered on (its first instant), if any. */
  selected: number | null;
  /** A month was picked: the page filters on it, or lifts the filter when it was the one. */
  onPick: (start: Date) => void;
};

/** Enter or Space on a bar, as on a button. */
const onKey = (pick: () => void) => (e: KeyboardEvent) => {
  if (e.key !== 'Enter' && e.key !== ' ') return;
  e.preventDefault();
  pick();
};

/**
 * Deadlines per month over the next year, one stacked bar per month coloured by status:
 * people look, they don't read. A bar is a button that filters the list on its month. The
 * same figures are in a table for screen readers, with the same buttons.
 */
export const ExpiryChart = memo(({ months, selected, onPick }: ExpiryChartProps) => {
  const { t } = useTranslation();
  const format = useFormat();
  const titleId = useId();
  const monthName = useMemo(() => {
    const short = new Intl.DateTimeFormat(localeOf(format.language), { month: 'short' });
    const long = new Intl.DateTimeFormat(localeOf(format.language), { month: 'long', year: 'numeric' });
    return { short: (d: Date) => short.format(d), long: (d: Date) => long.format(d) };
  }, [format.language]);
  const total = months.reduce((n, m) => n + m.total, 0);
  const max = Math.max(1, ...months.map((m) => m.total));
  const slot = (WIDTH - 2 * SIDE) / Math.max(1, months.length);
  const barWidth = Math.min(44, slot * 0.62);
  const plot = HEIGHT - TOP - BOTTOM;
  const present = STACK.filter((s) => months.some((m) => m.byStatus[s] > 0));
  const isSelected = (m: MonthBucket) => m.start.getTime() === selected;
  // An empty month is no use as a filter, unless it is the one in force (it must come off).
  const pickable = (m: MonthBucket) => m.total > 0 || isSelected(m);
  const pickLabel = (m: MonthBucket) =>
    t('certificates.chart.barLabel', { month: monthName.long(m.start), count: format.number(m.total) });

  return (
    <Paper withBorder p="md" radius="md" data-testid="expiry-chart">
      <Stack gap="xs">
        <Group justify="space-between" align="baseline">
          <Title order={2} size="h4" id={titleId}>
            {t('certificates.chart.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {total === 0
              ? t('certificates.chart.none')
              : t('certificates.chart.summary', { count: total, n: format.number(total) })}
          </Text>
        </Group>
        {total > 0 && (
          <Text size="xs" c="dimmed">
            {t('certificates.chart.pickHint')}
          </Text>
        )}
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          width="100%"
          role="group"
          aria-labelledby={titleId}
          style={{ display: 'block', maxHeight: 260 }}
        >
          {[0.5, 1].map((f) => (
            <line
              key={f}
              x1={SIDE}
              x2={WIDTH - SIDE}
              y1={TOP + plot * (1 - f)}
              y2={TOP + plot * (1 - f)}
              style={{ stroke: 'var(--mantine-color-gray-3)' }}
              strokeDasharray="3 4"
            />
          ))}
          <line
            x1={SIDE}
            x2={WIDTH - SIDE}
            y1={TOP + plot}
            y2={TOP + plot}
            style={{ stroke: 'var(--mantine-color-gray-5)' }}
          />
          {months.map((m, i) => {
            const x = SIDE + i * slot + (slot - barWidth) / 2;
            let y = TOP + plot;
            const on = pickable(m);
            return (
              <Fragment key={m.start.getTime()}>
                <g
                  data-testid="chart-month"
                  data-count={m.total}
                  className={classes.month}
                  data-dimmed={selected !== null && !isSelected(m)}
                  {...(on
                    ? {
                        role: 'button',
                        tabIndex: 0,
                        'aria-label': pickLabel(m),
                        'aria-pressed': isSelected(m),
                        onClick: () => onPick(m.start),
                        onKeyDown: onKey(() => onPick(m.start)),
                      }
                    : { 'aria-hidden': true })}
                >
                  <title>{pickLabel(m)}</title>
                  {/* The whole column answers a click, and shows the focus and the pick. */}
                  <rect
                    className={classes.hit}
                    data-selected={isSelected(m)}
                    x={SIDE + i * slot + 2}
                    y={2}
                    width={slot - 4}
                    height={HEIGHT - 4}
                    rx={6}
                  />
                  {STACK.map((s) => {
                    const h = (m.byStatus[s] / max) * plot;
                    if (h === 0) return null;
                    y -= h;
                    return (
                      <rect
                        key={s}
                        x={x}
                        y={y}
                        width={barWidth}
                        height={Math.max(h, 1.5)}
                        rx={3}
                        style={{ fill: `var(--mantine-color-${STATUS_COLOR[s]}-6)` }}
                      />
                    );
                  })}
                </g>
                {/* Drawn for the eye, outside the button: its label says the same in words (what a
                  voice user says must be in the name), and clicks go through to the column. */}
                <g aria-hidden style={{ pointerEvents: 'none' }}>
                  {m.total > 0 && (
                    <text
                      x={x + barWidth / 2}
                      y={y - 6}
                      textAnchor="middle"
                      fontSize={12}
                      fontWeight={600}
                      style={{ fill: 'var(--mantine-color-text)' }}
                    >
                      {format.number(m.total)}
                    </text>
                  )}
                  <text
                    x={x + barWidth / 2}
                    y={HEIGHT - BOTTOM + 18}
                    textAnchor="middle"
                    fontSize={12}
                    style={{ fill: 'var(--mantine-color-dimmed)' }}
                  >
                    {monthName.short(m.start)}
                  </text>
                  {(i === 0 || m.start.getMonth() === 0) && (
                    <text
                      x={x + barWidth / 2}
                      y={HEIGHT - 2}
                      textAnchor="middle"
                      fontSize={10}
                      style={{ fill: 'var(--mantine-color-dimmed)' }}
                    >
                      {m.start.getFullYear()}
                    </text>
                  )}
                </g>
              </Fragment>
            );
          })}
        </svg>
        <Group gap="md" aria-hidden>
          {present.map((s) => (
            <Group key={s} gap={6} wrap="nowrap">
              <span
                style={{
                  width: 10,
                  height: 10,
                  borderRadius: 2,
                  background: `var(--mantine-color-${STATUS_COLOR[s]}-6)`,
                }}
              />
              <Text size="xs" c="dimmed">
                {t(`certificates.status.${s}`)}
              </Text>
            </Group>
          ))}
        </Group>
        <VisuallyHidden>
          {/* A plain table: it re-renders with every filter change and is never seen. */}
          <table data-testid="expiry-table">
            <caption>{t('certificates.chart.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('certificates.chart.month')}</th>
                {STACK.map((s) => (
                  <th key={s} scope="col">
                    {t(`certificates.status.${s}`)}
                  </th>
                ))}
                <th scope="col">{t('certificates.chart.total')}</th>
              </tr>
            </thead>
            <tbody>
              {months.map((m) => (
                <tr key={m.start.getTime()}>
                  <th scope="row">
                    {/* Out of the tab order: the bars above are the keyboard's way in. */}
                    {pickable(m) ? (
                      <button
                        type="button"
                        tabIndex={-1}
                        aria-pressed={isSelected(m)}
                        onClick={() => onPick(m.start)}
                        data-testid="expiry-table-pick"
                      >
                        {monthName.long(m.start)}
                      </button>
                    ) : (
                      monthName.long(m.start)
                    )}
                  </th>
                  {STACK.map((s) => (
                    <td key={s}>{m.byStatus[s]}</td>
                  ))}
                  <td>{m.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </VisuallyHidden>
      </Stack>
    </Paper>
  );
});
ExpiryChart.displayName = 'ExpiryChart';
