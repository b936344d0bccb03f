import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { InventoryEntry } from '../../../../src/shared/model/inventory.js';
import { renderApp } from '../../helpers/render-app.js';
import { detailOf, igcEntry, listing, makeEntry } from './inventory-fixtures.js';

const rowsNow = () => screen.getAllByTestId('certificate-row');
const names = () => rowsNow().map((r) => within(r).getByTestId('row-name').textContent);
const shownText = () => screen.getByTestId('certificates-shown').textContent;

const SAMPLE: InventoryEntry[] = [
  igcEntry(10, 'renew-now'),
  makeEntry({
    days: 40,
    status: 'renew-soon',
    subject: 'CN=mss.hôpital-exemple.fr,O=HÔPITAL EXEMPLE,C=FR',
    subjectFields: { CN: 'mss.hôpital-exemple.fr', O: 'HÔPITAL EXEMPLE' },
    locations: [{ source: 'endpoint', locator: 'mss.hopital-exemple.fr:443' }],
  }),
  makeEntry({ days: 120, status: 'valid', subjectFields: { CN: 'alpha' }, subject: 'CN=alpha' }),
  makeEntry({ days: -5, status: 'expired', subjectFields: { CN: 'zulu' }, subject: 'CN=zulu' }),
];

const showDashboard = async (entries: InventoryEntry[] = SAMPLE) => {
  const fake = renderApp({
    inventory: {
      list: listing(entries),
      detail: async ({ sha256 }) => {
        const entry = entries.find((e) => e.sha256 === sha256);
        return entry
          ? { ok: true as const, value: detailOf(entry) }
          : { ok: false as const, error: { code: 'not-found' as const, message: 'no' } };
      },
    },
  });
  await screen.findAllByTestId('certificate-row');
  return fake;
};

describe('the dashboard for IT staff', () => {
  it('filters by status with the cards, and the cards say they are pressed', async () => {
    await showDashboard();
    const expired = screen.getByTestId('status-card-expired');
    fireEvent.click(expired);
    await waitFor(() => expect(names()).toEqual(['zulu']));
    expect(expired.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByTestId('status-card-renew-now'));
    await waitFor(() => expect(names()).toEqual(['INSI-AUTO', 'zulu']));
    expect(shownText()).toBe('2 certificats affichés sur 4');
    fireEvent.click(screen.getByTestId('clear-filters'));
    await waitFor(() => expect(rowsNow()).toHaveLength(4));
    expect(expired.getAttribute('aria-pressed')).toBe('false');
  });

  it('searches names, organisations, places and products, accents and case aside', async () => {
    await showDashboard();
    const search = screen.getByTestId('certificates-search');
    fireEvent.change(search, { target: { value: 'HOPITAL' } });
    await waitFor(() => expect(names()).toEqual(['mss.hôpital-exemple.fr']));
    fireEvent.change(search, { target: { value: 'authentification rpps22163' } });
    await waitFor(() => expect(names()).toEqual(['INSI-AUTO']));
    fireEvent.change(search, { target: { value: 'mozilla' } });
    await waitFor(() => expect(names()).toEqual(['INSI-AUTO']));
    fireEvent.change(search, { target: { value: 'introuvable' } });
    expect(await screen.findByTestId('certificates-no-match')).toBeTruthy();
    expect(shownText()).toBe('0 certificat affiché sur 4');
  });

  it('filters by environment, family, product, structure and place', async () => {
    await showDashboard();
    const pick = async (testId: string, option: string) => {
      fireEvent.click(screen.getByTestId(testId));
      fireEvent.click(await screen.findByRole('option', { name: option }));
    };
    await pick('filter-environment', 'TEST');
    await waitFor(() => expect(names()).toEqual(['INSI-AUTO']));
    await pick('filter-environment', 'Hors IGC-Santé');
    await waitFor(() => expect(names()).toHaveLength(3));
    fireEvent.click(screen.getByTestId('clear-filters'));
    await pick('filter-source', 'Serveur');
    await waitFor(() => expect(names()).toEqual(['mss.hôpital-exemple.fr']));
    fireEvent.click(screen.getByTestId('clear-filters'));
    await pick('filter-family', 'Organisation (ORG)');
    await pick('filter-product', "Authentification d'application (ORG AUTH_CLI)");
    await pick('filter-structure', 'CENTRE DE SANTE RPPS22163');
    await waitFor(() => expect(names()).toEqual(['INSI-AUTO']));
  });

  it('sorts by a column on click, twice for the other way', async () => {
    await showDashboard();
    expect(names()).toEqual(['INSI-AUTO', 'zulu', 'mss.hôpital-exemple.fr', 'alpha']);
    fireEvent.click(screen.getByTestId('sort-name'));
    await waitFor(() => expect(names()).toEqual(['alpha', 'INSI-AUTO', 'mss.hôpital-exemple.fr', 'zulu']));
    const header = screen.getByTestId('sort-name').closest('[role="columnheader"]')!;
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(screen.getByTestId('sort-name'));
    await waitFor(() => expect(names()).toEqual(['zulu', 'mss.hôpital-exemple.fr', 'INSI-AUTO', 'alpha']));
    expect(header.getAttribute('aria-sort')).toBe('descending');
    fireEvent.click(screen.getByTestId('sort-renewBy'));
    await waitFor(() => expect(names()).toEqual(['zulu', 'INSI-AUTO', 'mss.hôpital-exemple.fr', 'alpha']));
  });

  it('draws only the rows in view out of thousands, with the chart and its table', async () => {
    const many = Array.from({ length: 3000 }, (_, i) => makeEntry({ days: 31 + (i % 300), status: 'valid' }));
    await showDashboard(many);
    expect(shownText()).toBe('3\u202f000 certificats affichés sur 3\u202f000');
    expect(rowsNow().length).toBeLessThan(40);
    const grid = screen.getByRole('grid', { name: 'Liste des certificats' });
    expect(grid.getAttribute('aria-rowcount')).toBe('3001');
    // Twelve months, each with its figure, also as a table for screen readers.
    const months = screen.getAllByTestId('chart-month');
    expect(months).toHaveLength(12);
    const table = screen.getByTestId('expiry-table');
    expect(within(table).getAllByRole('row')).toHaveLength(13);
    expect(months.reduce((n, m) => n + Number(m.getAttribute('data-count')), 0)).toBe(3000);
  });

  it('works with the keyboard alone: arrows, Page Down, End, Home, Enter opens the drawer', async () => {
    const many = Array.from({ length: 500 }, (_, i) => makeEntry({ days: 31 + i, status: 'valid' }));
    await showDashboard(many);
    const focused = () => document.activeElement as HTMLElement;
    const first = rowsNow()[0]!;
    expect(first.getAttribute('tabindex')).toBe('0');
    expect(rowsNow()[1]!.getAttribute('tabindex')).toBe('-1');
    act(() => first.focus());
    fireEvent.keyDown(focused(), { key: 'ArrowDown' });
    fireEvent.keyDown(focused(), { key: 'ArrowDown' });
    fireEvent.keyDown(focused(), { key: 'ArrowUp' });
    expect(focused().getAttribute('data-index')).toBe('1');
    fireEvent.keyDown(focused(), { key: 'PageDown' });
    expect(Number(focused().getAttribute('data-index'))).toBeGreaterThan(5);
    fireEvent.keyDown(focused(), { key: 'End' });
    expect(focused().getAttribute('data-index')).toBe('499');
    expect(focused().getAttribute('aria-rowindex')).toBe('501');
    fireEvent.keyDown(focused(), { key: 'Home' });
    expect(focused().getAttribute('data-index')).toBe('0');
    fireEvent.keyDown(focused(), { key: 'ArrowDown' });
    const sha256 = focused().getAttribute('data-sha256');
    fireEvent.keyDown(focused(), { key: 'Enter' });
    const drawer = await screen.findByTestId('certificate-drawer');
    expect(drawer.getAttribute('data-sha256')).toBe(sha256);
  });
});
