import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ChainReport } from '../../../../src/shared/model/chain.js';
import { FAKE_CSR_PEM, makeOrder } from '../../helpers/fake-orders.js';
import { renderApp } from '../../helpers/render-app.js';
import { analysisOf, authority, leaf, pickRetrieveFile } from './retrieve-fixtures.js';

// What the chain check says of a sandbox certificate: its root is no IGC-Santé anchor.
const SANDBOX_CHAIN: ChainReport = {
  status: 'unknown-anchor',
  anchor: null,
  reason: 'untrusted-root',
  path: [],
};

const sandboxLeaf = (orderId: string) =>
  leaf({
    subject: 'CN=INSI-AUTO, OU=0B0221636, O=CENTRE DE SANTE RPPS22163, C=FR',
    product: null,
    environment: null,
    genuine: false,
    sandbox: true,
    chain: SANDBOX_CHAIN,
    matchedOrderId: orderId,
  });

describe('retrieving a certificate from Vigie’s sandbox', () => {
  it('says it is a rehearsal certificate of the sandbox, not an IGC-Santé one whose chain is missing', async () => {
    const order = makeOrder({ state: 'submitted', csrPem: FAKE_CSR_PEM, environment: 'test' });
    const sandboxCa = {
      ...authority(),
      subject: 'CN=AC BAC A SABLE VIGIE',
      sandbox: true,
      chain: SANDBOX_CHAIN,
    };
    const confirm = vi.fn(async () => ({ ok: true as const, value: { ...order, state: 'issued' as const } }));
    const { backend } = renderApp({
      retrieve: {
        analyze: vi.fn(async () => ({
          ok: true as const,
          value: analysisOf([sandboxLeaf(order.id), sandboxCa]),
        })),
        confirm,
      },
    });
    backend.state.orders = [order];
    fireEvent.click(screen.getByTestId('nav-retrieve'));
    pickRetrieveFile('bac-a-sable.pem');

    const card = await screen.findByTestId('retrieved-card');
    expect(within(card).getByRole('heading', { name: 'Certificat d’essai du bac à sable' })).toBeTruthy();
    const origin = within(card).getByTestId('sandbox-origin');
    expect(origin.textContent).toContain('Émis par le bac à sable de Vigie');
    expect(origin.textContent).toContain('il ne vaut rien en dehors de Vigie');
    expect(
      within(card).getByText('Autorité du bac à sable de Vigie (test local, pas l’IGC-Santé)'),
    ).toBeTruthy();
    // Not the look-alike warning, nor the "install the IGC-Santé chain" way out.
    expect(within(card).queryByTestId('look-alike')).toBeNull();
    expect(screen.queryByTestId('chain-status')).toBeNull();
    expect(screen.queryByRole('button', { name: /Importer la chaîne/ })).toBeNull();
    expect(within(screen.getByTestId('retrieved-authority')).getByText('bac à sable de Vigie')).toBeTruthy();

    // Kept without the look-alike consent: its issuer is known.
    expect(screen.queryByTestId('accept-look-alike')).toBeNull();
    fireEvent.click(screen.getByTestId('retrieve-confirm'));
    expect(await screen.findByTestId('retrieve-done')).toBeTruthy();
    expect(confirm).toHaveBeenCalledWith(expect.not.objectContaining({ acceptLookAlike: true }));
  });

  it('speaks English too', async () => {
    const order = makeOrder({ state: 'submitted', csrPem: FAKE_CSR_PEM, environment: 'test' });
    const { backend } = renderApp(
      {
        retrieve: {
          analyze: vi.fn(async () => ({ ok: true as const, value: analysisOf([sandboxLeaf(order.id)]) })),
        },
      },
      'en',
    );
    backend.state.orders = [order];
    fireEvent.click(screen.getByTestId('nav-retrieve'));
    pickRetrieveFile('bac-a-sable.pem');
    const card = await screen.findByTestId('retrieved-card');
    expect(within(card).getByRole('heading', { name: 'Sandbox rehearsal certificate' })).toBeTruthy();
    expect(within(card).getByTestId('sandbox-origin').textContent).toContain('no value outside Vigie');
  });
});
