import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Order } from '../../../../src/shared/model/order.js';
import { FAKE_CSR_PEM, makeOrder, orderError } from '../../helpers/fake-orders.js';
import { renderApp } from '../../helpers/render-app.js';

const ORDERS: Order[] = [
  makeOrder({
    product: 'ORG_AUTH_CLI',
    state: 'key-ready',
    csrPem: FAKE_CSR_PEM,
    createdAt: '2026-03-05T10:00:00.000Z',
  }),
  makeOrder({
    product: 'SERV_SSL',
    environment: 'production',
    state: 'csr-exported',
    csrPem: FAKE_CSR_PEM,
    projects: ['MSSANTE'],
    holder: {
      kind: 'structure',
      legalName: 'HOPITAL EXEMPLE',
      structureIdType: 'SIRET',
      structureId: '73282932000074',
      departement: '2A',
      commonName: 'mss.hopital-exemple.fr',
      dnsNames: [],
    },
  }),
  makeOrder({ product: 'ORG_SIGN', state: 'submitted', csrPem: FAKE_CSR_PEM }),
  makeOrder({ product: 'ORG_CONF', state: 'cancelled' }),
];

const showOrders = async (orders: Order[] = ORDERS) => {
  const fake = renderApp();
  fake.backend.state.orders = orders.map((o) => ({ ...o }));
  fireEvent.click(screen.getByTestId('nav-orders'));
  const rows = await screen.findAllByTestId('order-row');
  return { ...fake, rows };
};

describe('my orders', () => {
  it('one row per order: product in words, holder, environment, state, dates, next step', async () => {
    const { rows } = await showOrders();
    expect(screen.getByTestId('orders-table')).toBeTruthy();
    expect(rows).toHaveLength(4);
    const states = rows.map((r) => within(r).getByTestId('order-state').textContent);
    expect(states).toEqual(['Clé créée', 'Demande prête', 'Demande déposée', 'Annulée']);

    const first = within(rows[0]!);
    expect(first.getByText("Authentification d'application (ORG AUTH_CLI)")).toBeTruthy();
    expect(first.getByText('Logiciel de cabinet')).toBeTruthy();
    expect(first.getByText('CENTRE DE SANTE RPPS22163 · FINESS 0B0221636')).toBeTruthy();
    expect(first.getByTestId('env-badge').textContent).toBe('TEST');
    expect(first.getByText('Créée le 5 mars 2026')).toBeTruthy();
    expect(first.getByText(/^Enregistrer la demande de certificat/)).toBeTruthy();

    const server = within(rows[1]!);
    expect(server.getByTestId('env-badge').textContent).toBe('PRODUCTION');
    expect(server.getByText('MSSanté (opérateurs de messagerie)')).toBeTruthy();
    expect(server.getByText(/^Se connecter à la plateforme IGC-Santé/)).toBeTruthy();
  });

  it('offers only what each state allows', async () => {
    const { rows } = await showOrders();
    const actions = rows.map((r) =>
      within(r)
        .queryAllByRole('button')
        .map((b) => b.getAttribute('data-testid')),
    );
    expect(actions).toEqual([
      ['order-details', 'order-export', 'order-cancel'],
      ['order-details', 'order-export', 'order-mark-submitted', 'order-retrieve', 'order-cancel'],
      ['order-details', 'order-export', 'order-retrieve', 'order-cancel'],
      ['order-details'],
    ]);
  });

  it('exports the CSR again in a dialog, and marks a ready request submitted', async () => {
    const { api, rows } = await showOrders();
    fireEvent.click(within(rows[0]!).getByTestId('order-export'));
    const dialog = await screen.findByRole('dialog', { name: 'Demande de certificat (CSR)' });
    expect((await within(dialog).findByTestId('csr-pem-ORG_AUTH_CLI')).textContent).toBe(FAKE_CSR_PEM.trim());
    expect(api.orders.exportCsr).toHaveBeenCalledWith({ orderId: ORDERS[0]!.id });
    // The list follows main's change (key-ready → csr-exported) behind the dialog.
    await waitFor(() => expect(screen.getAllByText('Demande prête')).toHaveLength(2));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Fermer' }));

    fireEvent.click(within(screen.getAllByTestId('order-row')[1]!).getByTestId('order-mark-submitted'));
    await waitFor(() => expect(screen.getAllByText('Demande déposée')).toHaveLength(2));
    expect(api.orders.markSubmitted).toHaveBeenCalledWith({ orderId: ORDERS[1]!.id });
  });

  it('cancels only after a confirmation', async () => {
    const { api, rows } = await showOrders();
    fireEvent.click(within(rows[2]!).getByTestId('order-cancel'));
    const dialog = await screen.findByRole('dialog', { name: 'Annuler cette commande ?' });
    expect(within(dialog).getByText(/annulez-la aussi là-bas/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Garder la commande' }));
    expect(api.orders.cancel).not.toHaveBeenCalled();

    fireEvent.click(within(screen.getAllByTestId('order-row')[2]!).getByTestId('order-cancel'));
    fireEvent.click(await screen.findByTestId('cancel-confirm'));
    expect(api.orders.cancel).toHaveBeenCalledWith({ orderId: ORDERS[2]!.id });
    await waitFor(() => expect(screen.getAllByText('Annulée')).toHaveLength(2));
  });

  it('refreshes when main says an order changed', async () => {
    const { backend, emit } = await showOrders([ORDERS[0]!]);
    backend.state.orders = [{ ...ORDERS[0]!, state: 'issued' }];
    act(() => emit('orders.changed', { orderId: ORDERS[0]!.id }));
    expect(await screen.findByText('Certificat reçu')).toBeTruthy();
  });

  it('an unreadable order store is said, never shown as an empty list', async () => {
    renderApp({ orders: { list: vi.fn(async () => orderError('io-error')) } });
    fireEvent.click(screen.getByTestId('nav-orders'));
    expect(await screen.findByText('La liste des commandes n’a pas pu être lue')).toBeTruthy();
    expect(screen.queryByTestId('orders-empty')).toBeNull();
  });
});
