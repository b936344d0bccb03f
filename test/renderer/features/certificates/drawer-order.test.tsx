import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { FAKE_CSR_PEM, makeOrder, NOW } from '../../helpers/fake-orders.js';
import { renderApp } from '../../helpers/render-app.js';
import { detailOf, listing, makeEntry } from './inventory-fixtures.js';

describe('a certificate Vigie keeps with its key', () => {
  it('is installed and exported from its drawer, as from "Mes commandes"', async () => {
    const order = makeOrder({
      state: 'issued',
      csrPem: FAKE_CSR_PEM,
      keyRef: { store: 'vault', keyId: 'k1' },
      certificate: {
        pem: '',
        sha256: 'A1'.repeat(32),
        notAfter: '2029-03-02T09:30:00.000Z',
        retrievedAt: NOW,
      },
    });
    const entry = makeEntry({ days: 20, status: 'renew-now', orderId: order.id });
    const fake = renderApp({
      inventory: {
        list: listing([entry]),
        detail: vi.fn(async () => ({ ok: true as const, value: detailOf(entry) })),
      },
    });
    fake.backend.state.orders = [order];
    fireEvent.click((await screen.findAllByTestId('certificate-row'))[0]!);
    const drawer = within(await screen.findByTestId('certificate-drawer'));
    const actions = within(await drawer.findByTestId('drawer-order-actions'));
    expect(actions.getByTestId('order-install')).toBeTruthy();
    expect(actions.getByTestId('order-export-p12')).toBeTruthy();
  });

  it('offers none of it for a certificate Vigie only follows', async () => {
    const entry = makeEntry({ days: 20, status: 'renew-now' });
    renderApp({
      inventory: {
        list: listing([entry]),
        detail: vi.fn(async () => ({ ok: true as const, value: detailOf(entry) })),
      },
    });
    fireEvent.click((await screen.findAllByTestId('certificate-row'))[0]!);
    const drawer = within(await screen.findByTestId('certificate-drawer'));
    await drawer.findByTestId('drawer-actions');
    expect(drawer.queryByTestId('drawer-order-actions')).toBeNull();
  });
});

describe('certificates in the making', () => {
  it('shows the orders not issued yet above the list, each leading to "Mes commandes"', async () => {
    const fake = renderApp({ inventory: { list: listing([makeEntry({ days: 200, status: 'valid' })]) } });
    fake.backend.state.orders = [
      makeOrder({ state: 'submitted' }),
      makeOrder({ state: 'draft' }),
      makeOrder({ state: 'installed' }),
      makeOrder({ state: 'cancelled' }),
    ];
    act(() => fake.emit('orders.changed', { orderId: 'x' }));
    const section = within(await screen.findByTestId('orders-in-progress'));
    expect(section.getByText('2 certificats en préparation')).toBeTruthy();
    expect(section.getAllByTestId('order-in-progress')).toHaveLength(2);
    fireEvent.click(section.getAllByRole('button', { name: 'Étape suivante' })[0]!);
    expect(screen.getByTestId('nav-orders').getAttribute('aria-current')).toBe('page');
  });
});
