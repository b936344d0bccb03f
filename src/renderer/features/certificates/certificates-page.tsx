import { Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countStatuses } from '../../../shared/inventory/status-summary.js';
import type { InventoryEntry } from '../../../shared/model/inventory.js';
import { useFormat } from '../../format/use-format.js';
import { ProblemAlert } from '../orders/problem-alert.js';
import { CertificateDrawer } from './certificate-drawer.js';
import { CertificatesTable } from './certificates-table.js';
import { DashboardFilters, type FilterPatch } from './dashboard-filters.js';
import { EmptyState } from './empty-state.js';
import { ExpiryChart } from './expiry-chart.js';
import { expiryMonths } from './expiry-months.js';
import { useApi } from '../../api-context.js';
import { EndpointDialog } from './endpoint-dialog.js';
import { OrdersInProgress } from './orders-in-progress.js';
import { RemindersDialog } from './reminders-dialog.js';
import { FolderDialog } from './folder-dialog.js';
import { WatchedEndpoints } from './watched-endpoints.js';
import {
  DEFAULT_SORT,
  filterChoices,
  createRowFilter,
  inMonth,
  monthRangeOf,
  NO_FILTERS,
  sortRows,
  type Filters,
  type Row,
  type SortKey,
  type SortOrder,
  type Status,
} from './inventory-rows.js';
import { PageToolbar } from './page-toolbar.js';
import { ScanStatus } from './scan-status.js';
import { StatusCards } from './status-cards.js';
import { useInventoryActions, useInventoryErrorText } from './use-inventory-actions.js';
import { useInventory } from './use-inventory.js';
import { WatchedFolders } from './watched-folders.js';

/**
 * A request to show a certificate (a notification click, an add that ends here). Each
 * request is a new value, `seq` counting them: clicking the same notification twice is two
 * requests, so a drawer closed in between opens again.
 */
export type FocusRequest = { sha256: string | null; seq: number };

type CertificatesPageProps = {
  active: boolean;
  /** "Ajouter un certificat". */
  onAdd: () => void;
  /** The last request to show a certificate; null (or a null sha256): just the list. */
  focus: FocusRequest | null;
  /** Starts the renewal of a certificate; the button is hidden without it. */
  onRenew?: (entry: InventoryEntry) => void;
};

/** "Mes certificats": the home, and the dashboard IT staff filter thousands of rows with. */
export const CertificatesPage = ({ active, onAdd, focus, onRenew }: CertificatesPageProps) => {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const { state, rows } = useInventory(active);
  const actions = useInventoryActions();
  const errorText = useInventoryErrorText();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [sort, setSort] = useState<SortOrder>(DEFAULT_SORT);
  const [opened, setOpened] = useState<string | null>(focus?.sha256 ?? null);

  // The drawer follows each request (a notification click, an "add" that ends here):
  // adjusted while rendering, as React advises for state that follows a prop. Requests are
  // compared by their sequence number, not by certificate, so a repeat reopens it.
  const [seenFocus, setSeenFocus] = useState(focus?.seq);
  if (focus?.seq !== seenFocus) {
    setSeenFocus(focus?.seq);
    if (focus?.sha256) setOpened(focus.sha256);
  }
  // Leaving the page closes the drawer (adjusted while rendering, as above): coming back after
  // a renewal started from it must not find the replaced certificate's drawer over the list.
  const [wasActive, setWasActive] = useState(active);
  if (active !== wasActive) {
    setWasActive(active);
    if (!active) setOpened(null);
  }

  // Filtered in the same render as the keystroke: with the rows precomputed and memoised
  // this takes a few milliseconds for 10,000, and one frame is quicker than useDeferredValue's
  // two (it was measured: see docs/benchmarks.md, P4).
  const [filterOf] = useState(createRowFilter);
  const sorted = useMemo(() => sortRows(rows, sort), [rows, sort]);
  // The chart shows every month whatever month is picked: the month filter comes last.
  const beforeMonth = useMemo(
    () => filterOf(sorted, { ...filters, month: null }),
    [filterOf, sorted, filters],
  );
  const { month } = filters;
  const shown = useMemo(
    () => (month ? beforeMonth.filter((r) => inMonth(r, month)) : beforeMonth),
    [beforeMonth, month],
  );
  const counts = useMemo(() => countStatuses(rows.map((r) => r.entry.status)), [rows]);
  const choices = useMemo(() => filterChoices(rows), [rows]);
  const list = state.status === 'ready' ? state.list : null;
  const now = useMemo(() => (list ? new Date(list.at) : new Date()), [list]);
  const months = useMemo(() => expiryMonths(beforeMonth, now), [beforeMonth, now]);

  // Stable handlers: the cards, chart and table are memoised, so a keystroke in the search
  // field re-renders the field and this page's shell only.
  const toggleStatus = useCallback(
    (status: Status) =>
      setFilters((f) => {
        const statuses = new Set(f.statuses);
        if (!statuses.delete(status)) statuses.add(status);
        return { ...f, statuses };
      }),
    [],
  );
  const patchFilters = useCallback((patch: FilterPatch) => setFilters((f) => ({ ...f, ...patch })), []);
  // The same month again lifts the filter, as a pressed status card does.
  const pickMonth = useCallback(
    (start: Date) =>
      setFilters((f) => {
        const picked = monthRangeOf(start);
        return { ...f, month: f.month?.start === picked.start ? null : picked };
      }),
    [],
  );
  const onSort = useCallback(
    (key: SortKey) =>
      setSort((s) => (s.key === key ? { key, descending: !s.descending } : { key, descending: false })),
    [],
  );
  const { stopWatching: stop } = actions;
  const stopWatching = useCallback((path: string) => void stop(path), [stop]);
  const closeDrawer = useCallback(() => setOpened(null), []);
  const [endpointDialog, setEndpointDialog] = useState(false);
  const [reminders, setReminders] = useState(false);
  const openReminders = useCallback(() => setReminders(true), []);
  const openEndpointDialog = useCallback(() => setEndpointDialog(true), []);
  const closeEndpointDialog = useCallback(() => setEndpointDialog(false), []);
  const stopEndpoint = useCallback(
    (locator: string) => void api.inventory.removeEndpoint({ locator }).catch(() => undefined),
    [api],
  );
  const openRow = useCallback((row: Row) => setOpened(row.entry.sha256), []);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" gap="md">
        <Stack gap={4} maw={720}>
          <Title order={1} size="h2">
            {t('certificates.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('certificates.intro')}
          </Text>
        </Stack>
        <PageToolbar
          actions={actions}
          onAdd={onAdd}
          onWatchEndpoint={openEndpointDialog}
          onReminders={openReminders}
          canExport={rows.length > 0}
        />
      </Group>
      <ScanStatus actions={actions} />
      <OrdersInProgress active={active} />
      {list && <WatchedFolders folders={list.folders} onStop={stopWatching} />}
      {list && <WatchedEndpoints endpoints={list.endpoints} onStop={stopEndpoint} />}
      {state.status === 'loading' && (
        <Group gap="xs" role="status">
          <Loader size="xs" />
          <Text size="sm">{t('certificates.loading')}</Text>
        </Group>
      )}
      {state.status === 'failed' && (
        <ProblemAlert
          title={t('certificates.listFailed')}
          text={errorText(state.error).text}
          detail={state.error.message}
        />
      )}
      {list && rows.length === 0 && <EmptyState actions={actions} onAdd={onAdd} />}
      {rows.length > 0 && (
        <>
          <StatusCards counts={counts} selected={filters.statuses} onToggle={toggleStatus} />
          <ExpiryChart months={months} selected={month?.start ?? null} onPick={pickMonth} />
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t('certificates.dashboard')}
            </Title>
            <DashboardFilters filters={filters} choices={choices} onPatch={patchFilters} />
            <Text size="sm" c="dimmed" aria-live="polite" data-testid="certificates-shown">
              {t('certificates.shown', {
                count: shown.length,
                n: format.number(shown.length),
                total: format.number(rows.length),
              })}
            </Text>
            {shown.length === 0 ? (
              <Text data-testid="certificates-no-match">{t('certificates.noMatch')}</Text>
            ) : (
              <CertificatesTable
                rows={shown}
                query={filters.query}
                nowMs={now.getTime()}
                sort={sort}
                onSort={onSort}
                onOpen={openRow}
              />
            )}
          </Stack>
        </>
      )}
      <FolderDialog actions={actions} />
      <EndpointDialog opened={endpointDialog} onClose={closeEndpointDialog} />
      {reminders && list && <RemindersDialog settings={list.settings} onClose={() => setReminders(false)} />}
      {/* The drawer is a portal, outside this hidden place: shown only while the page is (a
          renewal started from it goes on in "Mes commandes", which it would otherwise cover). */}
      <CertificateDrawer
        sha256={active ? opened : null}
        nowMs={now.getTime()}
        onClose={closeDrawer}
        onRenew={onRenew}
      />
    </Stack>
  );
};
