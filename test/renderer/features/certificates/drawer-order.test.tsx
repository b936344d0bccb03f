import { fireEvent, screen, within } from '@testing-library/react';
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
