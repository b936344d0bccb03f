import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ArgsOf } from '../../../../src/shared/ipc/types.js';
import type { Order } from '../../../../src/shared/model/order.js';
import { FAKE_CSR_PEM, makeOrder, NOW, orderError } from '../../helpers/fake-orders.js';
import { renderApp } from '../../helpers/render-app.js';
import { analysisOf, authority, CA_SHA, leaf, LEAF_SHA, pickRetrieveFile } from './retrieve-fixtures.js';

// A submitted order has its key in the vault: exports after retrieval depend on it.
const pending = (): Order =>
  makeOrder({
    state: 'submitted',
    csrPem: FAKE_CSR_PEM,
    keyRef: { store: 'vault', keyId: 'key-1' },
    createdAt: '2026-02-20T10:00:00.000Z',
  });

const issued = (order: Order): Order => ({
  ...order,
  state: 'issued',
  certificate: { pem: '', sha256: LEAF_SHA, notAfter: '2029-03-02T09:30:00.000Z', retrievedAt: NOW },
});

const openRetrieve = () => fireEvent.click(screen.getByTestId('nav-retrieve'));

describe('retrieving an issued certificate', () => {
  it('shows the certificate, its chain, the order it answers, and the CA compactly', async () => {
    const order = pending();
    const analyze = vi.fn(async () => ({
      ok: true as const,
      value: analysisOf([leaf({ matchedOrderId: order.id }), authority()]),
    }));
    const { api, backend } = renderApp({ retrieve: { analyze } });
    backend.state.orders = [order];
    openRetrieve();
    expect(screen.getByRole('heading', { level: 1, name: 'Retirer un certificat' })).toBeTruthy();
    expect(screen.getByTestId('retrieve-drop-zone')).toBeTruthy();
    pickRetrieveFile();

    const card = await screen.findByTestId('retrieved-card');
    expect(
      within(card).getByRole('heading', { name: "Authentification d'application (ORG AUTH_CLI)" }),
    ).toBeTruthy();
    expect(within(card).getByTestId('env-badge').textContent).toBe('TEST');
    expect(within(card).getByTestId('chain-status').getAttribute('data-status')).toBe('valid');
    expect(
      await within(card).findByText(
        "Authentification d'application (ORG AUTH_CLI), commande créée le 20 février 2026",
      ),
    ).toBeTruthy();
    expect(within(card).getByText('Conforme à la commande.')).toBeTruthy();
    expect(screen.getAllByTestId('retrieved-authority')).toHaveLength(1);
    expect(screen.getByText('(1 certificat d’autorité)')).toBeTruthy();
    expect(analyze).toHaveBeenCalledWith({ fileName: 'certificat.pem', data: expect.any(String) });
    expect(api.retrieve.confirm).not.toHaveBeenCalled();
    // The CA is listed, not shown as a certificate to keep.
    expect(screen.getAllByTestId('retrieved-card').map((c) => c.getAttribute('data-sha256'))).not.toContain(
      CA_SHA,
    );
  });

  it('says each difference from the order in plain French', async () => {
    const order = pending();
    renderApp({
      retrieve: {
        analyze: vi.fn(async () => ({
          ok: true as const,
          value: analysisOf([
            leaf({
              matchedOrderId: order.id,
              environment: 'production',
              mismatches: ['environment', 'expired', 'key-usage'],
            }),
          ]),
        })),
      },
    });
    openRetrieve();
    pickRetrieveFile();
    const list = await screen.findByTestId('mismatches');
    expect(within(list).getByText('Différences avec la commande')).toBeTruthy();
    expect(within(list).getByText(/pas du même environnement que la commande/)).toBeTruthy();
    expect(within(list).getByText('Ce certificat a déjà expiré.')).toBeTruthy();
    expect(within(list).getByText(/Ses usages .* ne sont pas ceux commandés/)).toBeTruthy();
    expect(screen.queryByText('Conforme à la commande.')).toBeNull();
  });

  it('keeps the certificate with the revocation code, then leads to export', async () => {
    const order = pending();
    const confirm = vi.fn(async (args: ArgsOf<'retrieve', 'confirm'>) => {
      void args;
      return { ok: true as const, value: issued(order) };
    });
    const { backend } = renderApp({
      retrieve: {
        analyze: vi.fn(async () => ({
          ok: true as const,
          value: analysisOf([leaf({ matchedOrderId: order.id })]),
        })),
        confirm,
      },
    });
    backend.state.orders = [order];
    openRetrieve();
    pickRetrieveFile();
    await screen.findByTestId('retrieved-card');
    expect(screen.getByText(/permet de révoquer le certificat si la clé est perdue ou volée/)).toBeTruthy();
    fireEvent.change(screen.getByTestId('revocation-code'), { target: { value: 'Mon code 2026' } });
    fireEvent.click(screen.getByTestId('retrieve-confirm'));

    const done = await screen.findByTestId('retrieve-done');
    expect(confirm).toHaveBeenCalledWith({
      fileName: 'certificat.pem',
      data: expect.any(String),
      certificateSha256: LEAF_SHA,
      revocationCode: 'Mon code 2026',
    });
    expect(within(done).getByText('Certificat conservé')).toBeTruthy();
    expect(
      within(done).getByText('Le code de révocation est gardé dans le trousseau du système.'),
    ).toBeTruthy();
    expect(within(done).getByTestId('order-export-p12')).toBeTruthy();
    // Installing is offered right here, the next step for most.
    expect(within(done).getByTestId('order-install')).toBeTruthy();
    expect(within(done).getByTestId('custody-rule')).toBeTruthy();
  });

  it('an empty revocation code is not sent, and the done screen says to note it', async () => {
    const order = pending();
    const confirm = vi.fn(async () => ({ ok: true as const, value: issued(order) }));
    renderApp({
      retrieve: {
        analyze: vi.fn(async () => ({
          ok: true as const,
          value: analysisOf([leaf({ matchedOrderId: order.id })]),
        })),
        confirm,
      },
    });
    openRetrieve();
    pickRetrieveFile();
    fireEvent.click(await screen.findByTestId('retrieve-confirm'));
    await screen.findByTestId('retrieve-done');
    expect(confirm.mock.calls[0]).toEqual([
      { fileName: 'certificat.pem', data: expect.any(String), certificateSha256: LEAF_SHA },
    ]);
    expect(screen.getByText(/Aucun code de révocation n’a été enregistré/)).toBeTruthy();
  });

  it('asks the PKCS#12 password inline, then sends it again to keep the key', async () => {
    const analyze = vi.fn(async (args: ArgsOf<'retrieve', 'analyze'>) => {
      if (args.password === undefined)
        return { ok: true as const, value: analysisOf([leaf({ keyInFile: true })], true) };
      if (args.password !== 'secret-p12')
        return { ok: false as const, error: { code: 'wrong-password' as const, message: 'mac' } };
      return { ok: true as const, value: analysisOf([leaf({ keyInFile: true })]) };
    });
    const confirm = vi.fn(async () => ({ ok: true as const, value: issued(pending()) }));
    renderApp({ retrieve: { analyze, confirm } });
    openRetrieve();
    pickRetrieveFile('platform.p12');

    const keep = await screen.findByTestId('retrieve-confirm');
    expect((keep as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Saisissez d’abord le mot de passe du fichier.')).toBeTruthy();
    expect(screen.getByTestId('key-in-file').textContent).toContain('Clé incluse dans le fichier');

    const input = screen.getByTestId('password-input');
    fireEvent.change(input, { target: { value: 'wrong' } });
    fireEvent.submit(input.closest('form')!);
    expect(await screen.findByText(/Mot de passe incorrect/)).toBeTruthy();

    fireEvent.change(input, { target: { value: 'secret-p12' } });
    fireEvent.submit(input.closest('form')!);
    await waitFor(() => expect(screen.queryByTestId('password-input')).toBeNull());
    fireEvent.click(screen.getByTestId('retrieve-confirm'));
    await screen.findByTestId('retrieve-done');
    expect(confirm).toHaveBeenCalledWith(
      expect.objectContaining({
        fileName: 'platform.p12',
        password: 'secret-p12',
        certificateSha256: LEAF_SHA,
      }),
    );
  });

  it('no pending order for this key: said on the card, and keeping is not offered', async () => {
    renderApp({
      retrieve: { analyze: vi.fn(async () => ({ ok: true as const, value: analysisOf([leaf()]) })) },
    });
    openRetrieve();
    pickRetrieveFile();
    const card = await screen.findByTestId('retrieved-card');
    expect(within(card).getByText('Aucune commande en attente pour cette clé.')).toBeTruthy();
    expect((screen.getByTestId('retrieve-confirm') as HTMLButtonElement).disabled).toBe(true);
  });

  it('main’s refusal is a typed message, and the form stays to try again', async () => {
    const order = pending();
    renderApp({
      retrieve: {
        analyze: vi.fn(async () => ({
          ok: true as const,
          value: analysisOf([leaf({ matchedOrderId: order.id })]),
        })),
        confirm: vi.fn(async () => orderError('no-matching-order')),
      },
    });
    openRetrieve();
    pickRetrieveFile();
    fireEvent.click(await screen.findByTestId('retrieve-confirm'));
    expect(await screen.findByText('Le certificat n’a pas été conservé')).toBeTruthy();
    expect(
      screen.getByText(/Aucune commande en attente sur ce poste ne correspond à ce certificat/),
    ).toBeTruthy();
    expect(screen.getByTestId('retrieve-confirm')).toBeTruthy();
  });

  it('an unreadable file is explained with the reader’s error text', async () => {
    renderApp();
    openRetrieve();
    pickRetrieveFile('notes.txt');
    expect(await screen.findByText('Le fichier « notes.txt » n’a pas pu être lu')).toBeTruthy();
    expect(screen.getByTestId('retrieve-drop-zone')).toBeTruthy();
  });

  it('is reachable from an order waiting for its certificate', async () => {
    const { backend } = renderApp();
    backend.state.orders = [pending()];
    fireEvent.click(screen.getByTestId('nav-orders'));
    fireEvent.click(await screen.findByTestId('order-retrieve'));
    expect(screen.getByTestId('nav-retrieve').getAttribute('aria-current')).toBe('page');
  });

  it('speaks English', async () => {
    const order = pending();
    renderApp(
      {
        retrieve: {
          analyze: vi.fn(async () => ({
            ok: true as const,
            value: analysisOf([leaf({ matchedOrderId: order.id, mismatches: ['subject'] })]),
          })),
        },
      },
      'en',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Retrieve a certificate' }));
    pickRetrieveFile();
    expect(await screen.findByText('Differences from the order')).toBeTruthy();
    expect(
      screen.getByText('The name or identifier in the certificate is not the one of the order.'),
    ).toBeTruthy();
    expect(screen.getByText('The revocation code')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Keep this certificate' })).toBeTruthy();
  });
});
