import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { InventoryEntry } from '../../../../src/shared/model/inventory.js';
import { renderApp } from '../../helpers/render-app.js';
import { igcEntry, listing, makeEntry } from './inventory-fixtures.js';

const rowsNow = () => screen.getAllByTestId('certificate-row');
const names = () => rowsNow().map((r) => within(r).getByTestId('row-name').textContent);
const shownText = () => screen.getByTestId('certificates-shown').textContent;
const bar = (name: string) => within(screen.getByTestId('expiry-chart')).getByRole('button', { name });
const counts = () => screen.getAllByTestId('chart-month').map((m) => Number(m.getAttribute('data-count')));

// "Now" is 15 June 2026 (the fixtures' AT): June, July and October have deadlines.
const SAMPLE: InventoryEntry[] = [
  igcEntry(10, 'renew-now'),
  makeEntry({ days: 30, status: 'renew-soon', subject: 'CN=juillet-a', subjectFields: { CN: 'juillet-a' } }),
  makeEntry({ days: 40, status: 'renew-soon', subject: 'CN=juillet-b', subjectFields: { CN: 'juillet-b' } }),
  makeEntry({ days: 120, status: 'valid', subject: 'CN=octobre', subjectFields: { CN: 'octobre' } }),
  // Expired earlier in June: the June bar leaves it out, so the June filter does too.
  makeEntry({ days: -5, status: 'expired', subject: 'CN=expire', subjectFields: { CN: 'expire' } }),
];

const showDashboard = async () => {
  renderApp({ inventory: { list: listing(SAMPLE) } });
  await screen.findAllByTestId('certificate-row');
};

describe('a month of the expiry chart', () => {
  it('filters the list on a click, shows as a filter, and a second click lifts it', async () => {
    await showDashboard();
    const before = counts();
    const july = bar('juillet 2026 : 2 certificats');
    expect(july.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(july);
    await waitFor(() => expect(names()).toEqual(['juillet-a', 'juillet-b']));
    expect(shownText()).toBe('2 certificats affichés sur 5');
    expect(july.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('month-filter').textContent).toBe('À renouveler en juillet 2026');
    // The chart still shows every month: the picked one is highlighted, not alone.
    expect(counts()).toEqual(before);

    fireEvent.click(july);
    await waitFor(() => expect(rowsNow()).toHaveLength(5));
    expect(screen.queryByTestId('month-filter')).toBeNull();
    expect(july.getAttribute('aria-pressed')).toBe('false');
  });

  it('works with Enter and Space, and the filter chip removes it', async () => {
    await showDashboard();
    fireEvent.keyDown(bar('juin 2026 : 1 certificats'), { key: 'Enter' });
    await waitFor(() => expect(names()).toEqual(['INSI-AUTO']));
    // Another month replaces the first.
    fireEvent.keyDown(bar('octobre 2026 : 1 certificats'), { key: ' ' });
    await waitFor(() => expect(names()).toEqual(['octobre']));
    expect(screen.getByTestId('month-filter').textContent).toBe('À renouveler en octobre 2026');
    fireEvent.click(
      screen.getByRole('button', { name: 'Retirer le filtre « à renouveler en octobre 2026 »' }),
    );
    await waitFor(() => expect(rowsNow()).toHaveLength(5));
    expect(screen.queryByTestId('month-filter')).toBeNull();
  });

  it('makes buttons of the months with deadlines only, in the chart and its table alike', async () => {
    await showDashboard();
    const chart = within(screen.getByTestId('expiry-chart'));
    const bars = chart.getAllByRole('button').filter((b) => b.tagName.toLowerCase() === 'g');
    expect(bars.map((b) => b.getAttribute('aria-label'))).toEqual([
      'juin 2026 : 1 certificats',
      'juillet 2026 : 2 certificats',
      'octobre 2026 : 1 certificats',
    ]);
    expect(bars.every((b) => b.getAttribute('tabindex') === '0')).toBe(true);
    const table = within(screen.getByTestId('expiry-table'));
    const picks = table.getAllByTestId('expiry-table-pick');
    expect(picks.map((b) => b.textContent)).toEqual(['juin 2026', 'juillet 2026', 'octobre 2026']);
    fireEvent.click(picks[1]!);
    await waitFor(() => expect(names()).toEqual(['juillet-a', 'juillet-b']));
    expect(picks[1]!.getAttribute('aria-pressed')).toBe('true');
    expect(bar('juillet 2026 : 2 certificats').getAttribute('aria-pressed')).toBe('true');
  });

  it('combines with the other filters, and "Effacer les filtres" lifts it too', async () => {
    await showDashboard();
    fireEvent.click(bar('juillet 2026 : 2 certificats'));
    fireEvent.change(screen.getByTestId('certificates-search'), { target: { value: 'juillet-b' } });
    await waitFor(() => expect(names()).toEqual(['juillet-b']));
    fireEvent.click(screen.getByTestId('clear-filters'));
    await waitFor(() => expect(rowsNow()).toHaveLength(5));
    expect(screen.queryByTestId('month-filter')).toBeNull();
  });
});
