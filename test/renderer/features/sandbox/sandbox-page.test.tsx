import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SandboxPage } from '../../../../src/renderer/features/sandbox/sandbox-page.js';
import type { Order } from '../../../../src/shared/model/order.js';
import type { SandboxCertificate, SandboxStatus } from '../../../../src/shared/model/sandbox.js';
import { FAKE_CSR_PEM, makeOrder } from '../../helpers/fake-orders.js';
import { renderWithApi } from '../../helpers/render-ui.js';
import { renderApp } from '../../helpers/render-app.js';
import { analysisOf, leaf } from '../retrieve/retrieve-fixtures.js';

const SHA = 'A'.repeat(64);
const certificate = (fields: Partial<SandboxCertificate> = {}): SandboxCertificate => ({
  sha256: SHA,
  serialHex: '1234',
  subject: 'CN=INSI-AUTO, O=CENTRE DE SANTE',
  orderId: '00000000-0000-4000-8000-000000000999',
  product: 'ORG_AUTH_CLI',
  issuedAt: '2026-03-02T09:30:00.000Z',
  notAfter: '2029-03-01T09:30:00.000Z',
  revokedAt: null,
  reason: null,
  pem: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n',
  sandboxCheck: 'valid',
  ...fields,
});
const status = (certificates: SandboxCertificate[]): SandboxStatus => ({
  created: certificates.length > 0,
  serverUrl: certificates.length > 0 ? 'http://127.0.0.1:40123' : null,
  rootSubject: 'CN=AC RACINE BAC A SABLE VIGIE',
  issuingSubject: 'CN=AC BAC A SABLE VIGIE',
  issued: certificates.length,
  revoked: certificates.filter((c) => c.revokedAt).length,
  certificates,
});

const withPendingOrder = () => {
  const pending = makeOrder({ state: 'csr-exported', environment: 'test', csrPem: FAKE_CSR_PEM });
  const production = makeOrder({ state: 'csr-exported', environment: 'production', csrPem: FAKE_CSR_PEM });
  return { pending, production };
};

const listing = (...orders: Order[]) => ({
  list: vi.fn(async () => ({ ok: true as const, value: { orders } })),
});

describe('Bac à sable', () => {
  it('is its own place in the navigation, clearly labelled', async () => {
    renderApp();
    fireEvent.click(screen.getByTestId('nav-sandbox'));
    const page = screen.getByTestId('sandbox-page');
    expect(within(page).getByRole('heading', { name: 'Bac à sable', level: 1 })).toBeTruthy();
    expect(within(page).getByText('bac à sable')).toBeTruthy();
    expect(within(page).getByText(/ne valent rien ailleurs/)).toBeTruthy();
    expect(await within(page).findByText(/Pas encore créée/)).toBeTruthy();
  });

  it('issues for a pending TEST order, shows the certificate to retrieve, revokes and resets', async () => {
    const { pending, production } = withPendingOrder();
    let current = status([]);
    const issued = certificate({ orderId: pending.id });
    const fake = renderWithApi(<SandboxPage active />, {
      orders: listing(pending, production),
      sandbox: {
        status: vi.fn(async () => current),
        issue: vi.fn(async () => {
          current = status([issued]);
          return { ok: true as const, value: { certificate: issued, fileName: 'bac-a-sable.pem' } };
        }),
        revoke: vi.fn(async () => {
          current = status([
            certificate({
              revokedAt: '2026-03-02T10:00:00.000Z',
              reason: 'superseded',
              sandboxCheck: 'revoked',
            }),
          ]);
          return { ok: true as const, value: current };
        }),
        reset: vi.fn(async () => (current = status([]))),
      },
    });

    // Only the pending TEST order is offered.
    const select = await screen.findByTestId('sandbox-order');
    fireEvent.click(select);
    const options = await screen.findAllByRole('option');
    expect(options).toHaveLength(1);
    fireEvent.click(options[0]!);
    fireEvent.click(screen.getByRole('button', { name: 'Émettre dans le bac à sable' }));
    await waitFor(() => expect(fake.api.sandbox.issue).toHaveBeenCalledWith({ orderId: pending.id }));

    const shown = await screen.findByTestId('sandbox-issued-certificate');
    expect(within(shown).getByText(/BEGIN CERTIFICATE/)).toBeTruthy();
    expect(within(shown).getByText('valide dans le bac à sable')).toBeTruthy();
    expect(within(shown).getByRole('button', { name: 'Télécharger' })).toBeTruthy();
    expect(within(shown).getByRole('button', { name: 'Retirer maintenant' })).toBeTruthy();

    const row = await screen.findByTestId('sandbox-row');
    fireEvent.click(screen.getByTestId('sandbox-reason'));
    fireEvent.click(await screen.findByRole('option', { name: 'Remplacé' }));
    fireEvent.click(within(row).getByRole('button', { name: /Révoquer le certificat de/ }));
    await waitFor(() =>
      expect(fake.api.sandbox.revoke).toHaveBeenCalledWith({ sha256: SHA, reason: 'superseded' }),
    );
    expect(await within(screen.getByTestId('sandbox-issued')).findByText('révoqué')).toBeTruthy();
    expect(screen.getByTestId('sandbox-counts').textContent).toBe('1 émis, 1 révoqué(s)');
    expect(within(screen.getByTestId('sandbox-issued-certificate')).getByText('révoqué')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Réinitialiser le bac à sable' }));
    fireEvent.click(screen.getByRole('button', { name: 'Confirmer : tout effacer' }));
    await waitFor(() => expect(fake.api.sandbox.reset).toHaveBeenCalled());
    expect(await screen.findByText(/Aucun certificat émis/)).toBeTruthy();
  });

  it('“Retirer maintenant” loads the issued certificate on the retrieve page: nothing to pick again', async () => {
    const { pending } = withPendingOrder();
    const issued = certificate({ orderId: pending.id });
    const analyze = vi.fn(async () => ({
      ok: true as const,
      value: analysisOf([leaf({ matchedOrderId: pending.id })]),
    }));
    const { backend } = renderApp({
      retrieve: { analyze },
      sandbox: {
        issue: vi.fn(async () => ({
          ok: true as const,
          value: { certificate: issued, fileName: 'bac-a-sable-ORG_AUTH_CLI.pem' },
        })),
      },
    });
    backend.state.orders = [pending];
    fireEvent.click(screen.getByTestId('nav-sandbox'));
    fireEvent.click(await screen.findByTestId('sandbox-order'));
    fireEvent.click((await screen.findAllByRole('option'))[0]!);
    fireEvent.click(screen.getByRole('button', { name: 'Émettre dans le bac à sable' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Retirer maintenant' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Retirer un certificat' })).toBeTruthy();
    expect(await screen.findByTestId('retrieved-card')).toBeTruthy();
    expect(analyze).toHaveBeenCalledTimes(1);
    expect(analyze).toHaveBeenCalledWith({
      fileName: 'bac-a-sable-ORG_AUTH_CLI.pem',
      data: Buffer.from(issued.pem).toString('base64'),
    });
    expect(screen.getByRole('heading', { level: 2, name: 'bac-a-sable-ORG_AUTH_CLI.pem' })).toBeTruthy();
  });

  it('says why in French when the sandbox refuses', async () => {
    const { pending } = withPendingOrder();
    renderWithApi(<SandboxPage active />, {
      orders: listing(pending),
      sandbox: {
        issue: vi.fn(async () => ({
          ok: false as const,
          error: { code: 'order-not-pending' as const, message: 'x' },
        })),
      },
    });
    fireEvent.click(await screen.findByTestId('sandbox-order'));
    fireEvent.click((await screen.findAllByRole('option'))[0]!);
    fireEvent.click(screen.getByRole('button', { name: 'Émettre dans le bac à sable' }));
    expect((await screen.findByRole('alert')).textContent).toContain('n’attend plus de certificat');
  });
});
