import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CertificatesPage } from '../../../../src/renderer/features/certificates/certificates-page.js';
import type { EntryDetail } from '../../../../src/shared/model/inventory.js';
import { renderApp } from '../../helpers/render-app.js';
import { renderWithApi } from '../../helpers/render-ui.js';
import { detailOf, igcEntry, listing, makeEntry } from './inventory-fixtures.js';

const ENTRY = igcEntry(10, 'renew-now');
const DETAIL: EntryDetail = detailOf(ENTRY, {
  places: [
    {
      source: 'vault',
      locator: 'Coffre Vigie',
      firstSeen: '2026-01-10T08:00:00.000Z',
      lastSeen: '2026-06-15T10:00:00.000Z',
      goneAt: null,
    },
    {
      source: 'folder',
      locator: '/home/moi/Téléchargements/insi.p12',
      firstSeen: '2026-01-09T08:00:00.000Z',
      lastSeen: '2026-02-01T08:00:00.000Z',
      goneAt: '2026-02-02T08:00:00.000Z',
    },
  ],
  history: [
    { status: 'valid', at: '2026-01-10T08:00:00.000Z' },
    { status: 'renew-soon', at: '2026-03-17T08:00:00.000Z' },
    { status: 'renew-now', at: '2026-05-26T08:00:00.000Z' },
  ],
  notified: [90, 60, 30, 14],
  acknowledged: [90, 60],
});

const inventory = () => ({
  list: listing([ENTRY, makeEntry({ days: 200, status: 'valid' })]),
  detail: vi.fn(async () => ({ ok: true as const, value: DETAIL })),
  acknowledge: vi.fn(async () => ({ ok: true as const, value: null })),
  snooze: vi.fn(async () => ({ ok: true as const, value: null })),
  forget: vi.fn(async () => ({ ok: true as const, value: null })),
});

const openFirst = async () => {
  fireEvent.click((await screen.findAllByTestId('certificate-row'))[0]!);
  return screen.findByTestId('certificate-drawer');
};

describe('the certificate drawer', () => {
  it('shows every place with when, the status history, the chain and what was notified', async () => {
    const fake = renderApp({ inventory: inventory() });
    const drawer = within(await openFirst());
    expect(fake.api.inventory.detail).toHaveBeenCalledWith({ sha256: ENTRY.sha256 });
    expect(drawer.getByTestId('drawer-name').textContent).toBe('INSI-AUTO');
    expect(drawer.getByTestId('env-badge').textContent).toBe('TEST');
    expect(drawer.getByText('Authentique : remonte aux autorités IGC-Santé')).toBeTruthy();
    expect(drawer.getByText('ACI-EL-ORG')).toBeTruthy();

    const places = drawer.getAllByTestId('drawer-place');
    expect(places).toHaveLength(2);
    expect(places[0]!.textContent).toContain('Coffre Vigie');
    expect(places[0]!.textContent).toContain('Vu la première fois le 10 janvier 2026');
    expect(places[1]!.getAttribute('data-gone')).toBe('true');
    expect(places[1]!.textContent).toContain('/home/moi/Téléchargements/insi.p12');
    expect(places[1]!.textContent).toContain('Disparu le 2 février 2026');

    expect(within(drawer.getByTestId('drawer-history')).getAllByRole('listitem')).toHaveLength(3);
    const notified = within(drawer.getByTestId('drawer-notifications')).getAllByRole('listitem');
    expect(notified.map((n) => n.textContent)).toEqual([
      '90 jours avant l’échéancevue',
      '60 jours avant l’échéancevue',
      '30 jours avant l’échéance',
      '14 jours avant l’échéance',
    ]);
    // The app gives the page its renewal flow: the drawer offers it.
    expect(drawer.getByTestId('drawer-renew')).toBeTruthy();
  });

  it('without a renewal flow, offers no button that leads nowhere', async () => {
    renderWithApi(
      <CertificatesPage active onAdd={() => undefined} focus={{ sha256: ENTRY.sha256, seq: 1 }} />,
      {
        inventory: inventory(),
      },
    );
    const drawer = within(await screen.findByTestId('certificate-drawer'));
    expect(drawer.queryByTestId('drawer-renew')).toBeNull();
  });

  it('in the app, "Renouveler" starts the renewal and lands on "Mes commandes"', async () => {
    const fake = renderApp({ inventory: inventory() });
    const drawer = within(await openFirst());
    fireEvent.click(drawer.getByTestId('drawer-renew'));
    const dialog = within(await screen.findByTestId('renew-dialog'));
    fireEvent.click(dialog.getByTestId('renew-start'));
    await waitFor(() => expect(screen.getByTestId('nav-orders').getAttribute('aria-current')).toBe('page'));
    expect(fake.api.orders.renew).toHaveBeenCalledWith({ sha256: ENTRY.sha256 });
    expect(screen.queryByTestId('renew-dialog')).toBeNull();
  });

  it('acknowledges, snoozes 7 days, until a date, lifts the snooze', async () => {
    const fake = renderApp({ inventory: inventory() });
    const drawer = within(await openFirst());
    fireEvent.click(drawer.getByTestId('drawer-acknowledge'));
    await waitFor(() =>
      expect(fake.api.inventory.acknowledge).toHaveBeenCalledWith({ sha256: ENTRY.sha256 }),
    );
    expect((await drawer.findByTestId('drawer-feedback')).textContent).toBe(
      'Notifications marquées comme vues.',
    );

    const before = Date.now();
    fireEvent.click(drawer.getByTestId('drawer-snooze'));
    fireEvent.click(await screen.findByTestId('snooze-7'));
    await waitFor(() => expect(fake.api.inventory.snooze).toHaveBeenCalledTimes(1));
    const until = Date.parse(vi.mocked(fake.api.inventory.snooze).mock.calls[0]![0].until!);
    expect(until - before).toBeGreaterThanOrEqual(7 * 86_400_000 - 1000);
    expect(until - before).toBeLessThan(7 * 86_400_000 + 60_000);

    fireEvent.click(drawer.getByTestId('drawer-snooze'));
    fireEvent.click(await screen.findByTestId('snooze-date'));
    fireEvent.change(await screen.findByTestId('snooze-day'), { target: { value: '2099-03-01' } });
    fireEvent.click(screen.getByTestId('snooze-apply'));
    await waitFor(() => expect(fake.api.inventory.snooze).toHaveBeenCalledTimes(2));
    const day = new Date(vi.mocked(fake.api.inventory.snooze).mock.calls[1]![0].until!);
    expect([day.getFullYear(), day.getMonth(), day.getDate()]).toEqual([2099, 2, 1]);

    // Once snoozed (main says so in the detail), the snooze can be lifted.
    vi.mocked(fake.api.inventory.detail).mockResolvedValue({
      ok: true,
      value: { ...DETAIL, entry: { ...ENTRY, snoozedUntil: '2099-03-01T22:59:59.000Z' } },
    });
    act(() => fake.emit('inventory.changed', { at: new Date().toISOString() }));
    fireEvent.click(await drawer.findByTestId('drawer-lift-snooze'));
    await waitFor(() =>
      expect(fake.api.inventory.snooze).toHaveBeenLastCalledWith({ sha256: ENTRY.sha256, until: null }),
    );
  });

  it('shows the PEM to copy, and forgets only after a confirmation', async () => {
    const fake = renderApp({ inventory: inventory() });
    const drawer = within(await openFirst());
    fireEvent.click(drawer.getByTestId('drawer-pem'));
    expect(drawer.getByText(/BEGIN CERTIFICATE/)).toBeTruthy();
    expect(drawer.getByRole('button', { name: /^Copier .*PEM/i })).toBeTruthy();

    fireEvent.click(drawer.getByTestId('drawer-forget'));
    expect(await screen.findByText('Oublier ce certificat ?')).toBeTruthy();
    expect(fake.api.inventory.forget).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('forget-confirm'));
    await waitFor(() => expect(fake.api.inventory.forget).toHaveBeenCalledWith({ sha256: ENTRY.sha256 }));
    await waitFor(() => expect(screen.queryByTestId('certificate-drawer')).toBeNull());
  });

  it('opens on the certificate a notification names', async () => {
    const fake = renderApp({ inventory: inventory() });
    await screen.findAllByTestId('certificate-row');
    act(() => fake.emit('inventory.open', { sha256: ENTRY.sha256 }));
    expect((await screen.findByTestId('certificate-drawer')).getAttribute('data-sha256')).toBe(ENTRY.sha256);
  });

  it('offers "Renouveler" when the page is given a renewal flow', async () => {
    const onRenew = vi.fn();
    renderWithApi(
      <CertificatesPage
        active
        onAdd={() => undefined}
        focus={{ sha256: ENTRY.sha256, seq: 1 }}
        onRenew={onRenew}
      />,
      {
        inventory: inventory(),
      },
    );
    const drawer = within(await screen.findByTestId('certificate-drawer'));
    fireEvent.click(drawer.getByTestId('drawer-renew'));
    expect(onRenew).toHaveBeenCalledWith(ENTRY);
  });

  it('offers "Renouveler" only for what the IGC-Santé platform renews', async () => {
    for (const entry of [makeEntry({ days: 10, status: 'renew-now' }), igcEntry(10, 'revoked')]) {
      const { unmount } = renderApp({
        inventory: {
          list: listing([entry]),
          detail: vi.fn(async () => ({ ok: true as const, value: detailOf(entry) })),
        },
      });
      fireEvent.click((await screen.findAllByTestId('certificate-row'))[0]!);
      const drawer = within(await screen.findByTestId('certificate-drawer'));
      expect(drawer.getByTestId('drawer-actions')).toBeTruthy();
      expect(drawer.queryByTestId('drawer-renew')).toBeNull();
      unmount();
    }
  });
});
