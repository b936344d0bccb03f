import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { EndpointView } from '../../../../src/shared/model/inventory.js';
import { renderApp } from '../../helpers/render-app.js';
import { listOf, makeEntry } from './inventory-fixtures.js';

const endpoint = (locator: string, fields: Partial<EndpointView> = {}): EndpointView => ({
  locator,
  checkedAt: '2026-12-04T08:00:00.000Z',
  problems: [],
  error: null,
  protocol: 'TLSv1.3',
  served: ['AB'.repeat(32)],
  ...fields,
});

describe('watched servers on "Mes certificats"', () => {
  it('lists each server with what is wrong there in words, adds one, stops one', async () => {
    const list = vi.fn(async () => ({
      ok: true as const,
      value: {
        ...listOf([makeEntry({ days: 20, status: 'renew-now' })]),
        endpoints: [
          endpoint('intranet.exemple.fr:443'),
          endpoint('mail.exemple.fr:25/smtp', { problems: ['missing-intermediate', 'hostname-mismatch'] }),
          endpoint('vieux.exemple.fr:443', { problems: ['unreachable'], error: 'connection refused' }),
        ],
      },
    }));
    const addEndpoint = vi.fn(async () => ({ ok: true as const, value: endpoint('nouveau.exemple.fr:443') }));
    const removeEndpoint = vi.fn(async () => ({ ok: true as const, value: null }));
    renderApp({ inventory: { list, addEndpoint, removeEndpoint } });

    const servers = within(await screen.findByTestId('watched-endpoints'));
    const rows = servers.getAllByTestId('watched-endpoint');
    expect(rows).toHaveLength(3);
    expect(within(rows[0]!).getByText('conforme')).toBeTruthy();
    expect(
      within(rows[1]!)
        .getAllByTestId('endpoint-problem')
        .map((b) => b.textContent),
    ).toEqual(['certificat intermédiaire manquant', 'le certificat ne porte pas ce nom']);
    expect(within(rows[2]!).getByText('injoignable')).toBeTruthy();

    fireEvent.click(screen.getByTestId('certificates-watch-endpoint'));
    fireEvent.change(await screen.findByTestId('endpoint-spec'), {
      target: { value: ' nouveau.exemple.fr:443 ' },
    });
    fireEvent.click(screen.getByTestId('endpoint-submit'));
    await waitFor(() => expect(addEndpoint).toHaveBeenCalledWith({ spec: 'nouveau.exemple.fr:443' }));
    await waitFor(() => expect(screen.queryByTestId('endpoint-spec')).toBeNull());

    fireEvent.click(servers.getByRole('button', { name: 'Ne plus surveiller vieux.exemple.fr:443' }));
    expect(removeEndpoint).toHaveBeenCalledWith({ locator: 'vieux.exemple.fr:443' });
  });

  it('keeps the dialog open with main’s reason when the address is refused', async () => {
    const addEndpoint = vi.fn(async () => ({
      ok: false as const,
      error: { code: 'unreadable' as const, message: 'an IPv6 address goes in brackets: [2001:db8::1]:443' },
    }));
    renderApp({ inventory: { addEndpoint } });
    fireEvent.click(await screen.findByTestId('certificates-watch-endpoint'));
    fireEvent.change(await screen.findByTestId('endpoint-spec'), { target: { value: '2001:db8::1:443' } });
    fireEvent.click(screen.getByTestId('endpoint-submit'));
    expect(await screen.findByText(/IPv6 address goes in brackets/)).toBeTruthy();
    expect(screen.getByTestId('endpoint-spec')).toBeTruthy();
  });
});

describe('reminders ("Rappels")', () => {
  it('edits the thresholds for every certificate, refusing what is not whole days', async () => {
    const setDeadlines = vi.fn(async () => ({
      ok: true as const,
      value: { thresholds: [60, 15, 3], renewNowDays: 15 },
    }));
    renderApp({ inventory: { setDeadlines } });
    fireEvent.click(await screen.findByTestId('certificates-reminders'));
    const field = await screen.findByTestId('reminders-thresholds');
    expect((field as HTMLInputElement).value).toBe('90, 60, 30, 14, 7, 1');
    fireEvent.change(field, { target: { value: '15, soixante' } });
    expect((screen.getByTestId('reminders-save') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(field, { target: { value: '3, 60, 15' } });
    fireEvent.change(screen.getByTestId('reminders-renew-now'), { target: { value: '15' } });
    fireEvent.click(screen.getByTestId('reminders-save'));
    await waitFor(() =>
      expect(setDeadlines).toHaveBeenCalledWith({ thresholds: [60, 15, 3], renewNowDays: 15 }),
    );
    await waitFor(() => expect(screen.queryByTestId('reminders-thresholds')).toBeNull());
  });
});
