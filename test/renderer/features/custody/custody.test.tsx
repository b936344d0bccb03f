import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Order } from '../../../../src/shared/model/order.js';
import { FAKE_CSR_PEM, makeOrder, NOW, orderError } from '../../helpers/fake-orders.js';
import type { FakeOverrides } from '../../helpers/fake-api.js';
import { renderApp } from '../../helpers/render-app.js';

const issuedOrder = (fields: Partial<Order> = {}): Order =>
  makeOrder({
    state: 'issued',
    csrPem: FAKE_CSR_PEM,
    keyRef: { store: 'vault', keyId: 'k1' },
    certificate: { pem: '', sha256: 'A1'.repeat(32), notAfter: '2029-03-02T09:30:00.000Z', retrievedAt: NOW },
    ...fields,
  });

const showIssued = async (overrides: FakeOverrides = {}, language: 'fr' | 'en' = 'fr') => {
  const fake = renderApp(overrides, language);
  const order = issuedOrder();
  fake.backend.state.orders = [order];
  fireEvent.click(screen.getByTestId('nav-orders'));
  const row = await screen.findByTestId('order-row');
  return { ...fake, order, row: within(row) };
};

const type = (testId: string, value: string) =>
  fireEvent.change(screen.getByTestId(testId), { target: { value } });

const exportP12 = vi.fn(async () => ({ ok: true as const, value: { path: '/home/anne/cabinet.p12' } }));

describe('key custody on an issued order', () => {
  it('offers export and reveal only once the certificate is back', async () => {
    const { row } = await showIssued();
    const ids = row.getAllByRole('button').map((b) => b.getAttribute('data-testid'));
    expect(ids).toEqual([
      'order-details',
      'order-export',
      'order-install',
      'order-export-p12',
      'order-export-pem',
      'order-reveal-code',
      'order-cancel',
    ]);
  });

  it('the order drawer shows the certificate and the same custody actions', async () => {
    const exportPkcs12 = vi.fn(exportP12);
    const { order, row } = await showIssued({ custody: { exportPkcs12 } });
    fireEvent.click(row.getByTestId('order-details'));
    const drawer = await screen.findByTestId('order-drawer');
    expect(within(drawer).getByText('Certificat retiré le')).toBeTruthy();
    expect(within(drawer).getByText('2 mars 2029')).toBeTruthy();
    expect(within(drawer).getByTestId('custody-rule')).toBeTruthy();
    fireEvent.click(within(drawer).getByTestId('order-export-p12'));
    fireEvent.click(await screen.findByTestId('export-profile-modern'));
    type('export-password', 'Tr3s-long-secret');
    type('export-password-again', 'Tr3s-long-secret');
    fireEvent.click(screen.getByTestId('export-confirm'));
    await waitFor(() =>
      expect(exportPkcs12).toHaveBeenCalledWith({
        orderId: order.id,
        password: 'Tr3s-long-secret',
        profile: 'modern',
      }),
    );
  });

  it.each([
    ['export-profile-modern', 'modern'],
    ['export-profile-compatible', 'compatible'],
  ] as const)('PKCS#12: the answer %s picks the %s profile', async (answer, profile) => {
    const custody = { exportPkcs12: vi.fn(exportP12) };
    const { api, order, row } = await showIssued({ custody });
    fireEvent.click(row.getByTestId('order-export-p12'));
    const dialog = await screen.findByRole('dialog', { name: 'Exporter le certificat et sa clé (PKCS#12)' });
    expect(within(dialog).getByText(/ne doit pas être copiée sur plusieurs machines/)).toBeTruthy();
    expect(
      within(dialog).getByText('Ordinateur récent (Windows 10/11 à jour, macOS 15+, Linux)'),
    ).toBeTruthy();
    fireEvent.click(screen.getByTestId(answer));
    type('export-password', 'Tr3s-long-secret');
    type('export-password-again', 'Tr3s-long-secret');
    fireEvent.click(screen.getByTestId('export-confirm'));
    expect(await within(dialog).findByText('Fichier enregistré : /home/anne/cabinet.p12')).toBeTruthy();
    expect(api.custody.exportPkcs12).toHaveBeenCalledWith({
      orderId: order.id,
      password: 'Tr3s-long-secret',
      profile,
    });
  });

  it('PKCS#12: asks where the file goes and needs the same non-empty password twice', async () => {
    const custody = { exportPkcs12: vi.fn(exportP12) };
    const { api, row } = await showIssued({ custody });
    fireEvent.click(row.getByTestId('order-export-p12'));
    fireEvent.click(await screen.findByTestId('export-confirm'));
    expect(screen.getByText('Indiquez où le fichier sera installé.')).toBeTruthy();
    expect(screen.getByText('Choisissez un mot de passe.')).toBeTruthy();

    fireEvent.click(screen.getByTestId('export-profile-modern'));
    type('export-password', 'court');
    expect(screen.getByText(/Moins de 10 caractères/)).toBeTruthy();
    type('export-password-again', 'courte');
    fireEvent.click(screen.getByTestId('export-confirm'));
    expect(screen.getByText('Les deux saisies sont différentes.')).toBeTruthy();
    expect(api.custody.exportPkcs12).not.toHaveBeenCalled();

    // Shorter than advised is allowed once both entries agree.
    type('export-password-again', 'court');
    fireEvent.click(screen.getByTestId('export-confirm'));
    await waitFor(() => expect(api.custody.exportPkcs12).toHaveBeenCalledTimes(1));
  });

  it('PKCS#12: closing the save dialog is not an error; a failure is a typed message', async () => {
    const exportPkcs12 = vi
      .fn()
      .mockResolvedValueOnce(orderError('cancelled'))
      .mockResolvedValueOnce(orderError('export-failed'));
    const { row } = await showIssued({ custody: { exportPkcs12 } });
    fireEvent.click(row.getByTestId('order-export-p12'));
    fireEvent.click(await screen.findByTestId('export-profile-compatible'));
    type('export-password', 'Tr3s-long-secret');
    type('export-password-again', 'Tr3s-long-secret');
    fireEvent.click(screen.getByTestId('export-confirm'));
    await waitFor(() => expect(exportPkcs12).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByTestId('export-confirm'));
    expect(await screen.findByText('L’export n’a pas abouti')).toBeTruthy();
    expect(screen.getByText(/Le fichier n’a pas pu être écrit ou relu/)).toBeTruthy();
  });

  it('PEM: encrypted key by default, plain only on the checkbox, then files and server hints', async () => {
    const exportPemBundle = vi.fn(async () => ({
      ok: true as const,
      value: {
        folder: '/srv/tls',
        files: ['/srv/tls/privkey.pem', '/srv/tls/cert.pem', '/srv/tls/fullchain.pem', '/srv/tls/ca.pem'],
        // Written by main (pki/export/server-snippets.ts): the window shows them as they come.
        snippets: {
          nginx:
            'ssl_certificate         /srv/tls/fullchain.pem;\nssl_certificate_key     /srv/tls/privkey.pem;\n',
          apache:
            'SSLCertificateFile     /srv/tls/fullchain.pem\nSSLCertificateKeyFile  /srv/tls/privkey.pem\n',
        },
      },
    }));
    const { order, row } = await showIssued({ custody: { exportPemBundle } });
    fireEvent.click(row.getByTestId('order-export-pem'));
    await screen.findByRole('dialog', { name: 'Exporter pour un serveur (PEM)' });
    type('export-pem-passphrase', 'court');
    fireEvent.click(screen.getByTestId('export-pem-confirm'));
    expect(screen.getByText('Au moins 10 caractères.')).toBeTruthy();
    expect(exportPemBundle).not.toHaveBeenCalled();

    fireEvent.click(screen.getByTestId('export-pem-plain'));
    expect(screen.getByText(/La clé sera lisible par quiconque/)).toBeTruthy();
    fireEvent.click(screen.getByTestId('export-pem-confirm'));
    expect(await screen.findByText('Fichiers enregistrés dans /srv/tls :')).toBeTruthy();
    expect(exportPemBundle).toHaveBeenCalledWith({ orderId: order.id, keyPassphrase: null });
    expect(screen.getByTestId('snippet-nginx').textContent).toContain(
      'ssl_certificate         /srv/tls/fullchain.pem;',
    );
    expect(screen.getByTestId('snippet-apache').textContent).toContain(
      'SSLCertificateKeyFile  /srv/tls/privkey.pem',
    );
  });

  it('PEM: the passphrase is sent when typed twice, and main’s snippets are shown as written', async () => {
    const nginx = [
      '# Vigie — nginx (server { listen 443 ssl; … })',
      'ssl_certificate         "/srv/mes certificats/fullchain.pem";',
      'ssl_certificate_key     "/srv/mes certificats/privkey.pem";',
      'ssl_password_file       "/srv/mes certificats/privkey.pass";',
      '',
    ].join('\n');
    const exportPemBundle = vi.fn(async () => ({
      ok: true as const,
      value: {
        folder: '/srv/mes certificats',
        files: [],
        snippets: { nginx, apache: 'SSLCertificateFile x\n' },
      },
    }));
    const { order, row } = await showIssued({ custody: { exportPemBundle } });
    fireEvent.click(row.getByTestId('order-export-pem'));
    type('export-pem-passphrase', 'phrase secrete longue');
    type('export-pem-passphrase-again', 'phrase secrete longue');
    fireEvent.click(await screen.findByTestId('export-pem-confirm'));
    await waitFor(() =>
      expect(exportPemBundle).toHaveBeenCalledWith({
        orderId: order.id,
        keyPassphrase: 'phrase secrete longue',
      }),
    );
    expect((await screen.findByTestId('snippet-nginx')).textContent).toBe(nginx);
    expect(screen.getByText(/nginx lit la phrase secrète dans privkey.pass/)).toBeTruthy();
  });

  it('reveals the revocation code only after the confirmation, and hides it on close', async () => {
    const revealSecret = vi.fn(async () => ({ ok: true as const, value: { secret: 'CODE-1234' } }));
    const { order, row } = await showIssued({ custody: { revealSecret } });
    fireEvent.click(row.getByTestId('order-reveal-code'));
    const dialog = await screen.findByRole('dialog', { name: 'Afficher le code de révocation' });
    expect(within(dialog).getByText('Quelqu’un voit-il votre écran ?')).toBeTruthy();
    expect(revealSecret).not.toHaveBeenCalled();
    expect(screen.queryByTestId('revealed-secret')).toBeNull();

    fireEvent.click(screen.getByTestId('reveal-confirm'));
    expect((await screen.findByTestId('revealed-secret')).textContent).toBe('CODE-1234');
    expect(revealSecret).toHaveBeenCalledWith({ orderId: order.id, kind: 'revocation-code' });
    expect(within(dialog).getByRole('button', { name: 'Copier Code de révocation' })).toBeTruthy();

    fireEvent.click(within(dialog).getAllByRole('button', { name: 'Fermer' })[0]!);
    await waitFor(() => expect(screen.queryByTestId('revealed-secret')).toBeNull());
    fireEvent.click(row.getByTestId('order-reveal-code'));
    expect(await screen.findByTestId('reveal-confirm')).toBeTruthy();
    expect(screen.queryByTestId('revealed-secret')).toBeNull();
  });

  it('says when no code is kept for the order', async () => {
    const revealSecret = vi.fn(async () => ({ ok: true as const, value: { secret: null } }));
    const { row } = await showIssued({ custody: { revealSecret } });
    fireEvent.click(row.getByTestId('order-reveal-code'));
    fireEvent.click(await screen.findByTestId('reveal-confirm'));
    expect(await screen.findByTestId('revealed-none')).toBeTruthy();
  });

  it('speaks English', async () => {
    const { row } = await showIssued({}, 'en');
    fireEvent.click(row.getByRole('button', { name: 'Export (PKCS#12)…' }));
    expect(await screen.findByText('Where will this file be installed?')).toBeTruthy();
    expect(
      screen.getByText(
        'Older system or software (Windows Server 2016 or earlier, macOS 14 or earlier, old Java/Android)',
      ),
    ).toBeTruthy();
    expect(screen.getByText(/must not be copied to several machines/)).toBeTruthy();
  });
});

describe('key custody once the key lives only in a store', () => {
  it('offers no export when the vault copy was deleted, but still the revocation code', async () => {
    const fake = renderApp();
    fake.backend.state.orders = [issuedOrder({ state: 'installed', keyRef: null })];
    fireEvent.click(screen.getByTestId('nav-orders'));
    const row = within(await screen.findByTestId('order-row'));
    expect(row.queryByTestId('order-export-p12')).toBeNull();
    expect(row.queryByTestId('order-export-pem')).toBeNull();
    expect(row.queryByTestId('order-install')).toBeNull();
    expect(row.getByTestId('order-reveal-code')).toBeTruthy();
  });
});
