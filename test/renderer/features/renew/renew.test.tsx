import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { InstallDialog } from '../../../../src/renderer/features/install/install-dialog.js';
import { RenewDialog } from '../../../../src/renderer/features/renew/renew-dialog.js';
import { RetireOldStep } from '../../../../src/renderer/features/renew/retire-old-step.js';
import type { InventoryEntry } from '../../../../src/shared/model/inventory.js';
import { makeOrder } from '../../helpers/fake-orders.js';
import { renderWithApi } from '../../helpers/render-ui.js';

const SHA = 'AB'.repeat(32);
const DAY = 86_400_000;

const entry = (notAfter: Date, status: InventoryEntry['status']): InventoryEntry => ({
  sha256: SHA,
  subject: 'CN=Dr Élodie Martin,O=Cabinet du Parc,C=FR',
  issuer: 'CN=TEST AC IGC-SANTE ELEMENTAIRE PERSONNES',
  subjectFields: { CN: 'Dr Élodie Martin', O: 'Cabinet du Parc', C: 'FR' },
  issuerFields: {},
  serialNumber: '01',
  notBefore: new Date(notAfter.getTime() - 1000 * DAY).toISOString(),
  notAfter: notAfter.toISOString(),
  renewBy: notAfter.toISOString(),
  status,
  igc: { environment: 'test', family: 'PS', product: 'PS_AUTH', genuine: true, issuingCa: null },
  locations: [{ source: 'nss', locator: 'Firefox — profil default-release' }],
  orderId: null,
  snoozedUntil: null,
});

describe('renewing from "Mes certificats"', () => {
  it('explains the steps and the deadline, then starts the renewal order linked to the certificate', async () => {
    const onStarted = vi.fn();
    const { api } = renderWithApi(
      <RenewDialog
        entry={entry(new Date(Date.now() + 20 * DAY), 'renew-now')}
        onClose={() => undefined}
        onStarted={onStarted}
      />,
    );
    expect(screen.getByText(/L’IGC-Santé renouvelle un certificat tant qu’il est valide/)).toBeTruthy();
    expect(screen.getByText(/À faire avant le/)).toBeTruthy();
    fireEvent.click(screen.getByTestId('renew-start'));
    await waitFor(() => expect(onStarted).toHaveBeenCalled());
    expect(api.orders.renew).toHaveBeenCalledWith({ sha256: SHA });
  });

  it('after expiry, says it is a new order and prepares that instead', async () => {
    const onStarted = vi.fn();
    const { api } = renderWithApi(
      <RenewDialog
        entry={entry(new Date(Date.now() - 3 * DAY), 'expired')}
        onClose={() => undefined}
        onStarted={onStarted}
      />,
    );
    expect(screen.getByText('Ce certificat a expiré')).toBeTruthy();
    expect(screen.getByTestId('renew-start').textContent).toBe('Préparer une nouvelle commande');
    fireEvent.click(screen.getByTestId('renew-start'));
    await waitFor(() => expect(onStarted).toHaveBeenCalled());
    expect(api.orders.renew).toHaveBeenCalledWith({ sha256: SHA, asNewOrder: true });
  });

  it('shows main’s refusal in words', async () => {
    renderWithApi(
      <RenewDialog
        entry={entry(new Date(Date.now() + 20 * DAY), 'renew-now')}
        onClose={() => undefined}
        onStarted={() => undefined}
      />,
      {
        orders: {
          renew: vi.fn(async () => ({
            ok: false as const,
            error: { code: 'not-renewable' as const, message: 'Not an IGC-Santé end-entity certificate' },
          })),
        },
      },
    );
    fireEvent.click(screen.getByTestId('renew-start'));
    expect(await screen.findByText(/Vigie ne peut pas renouveler ce certificat/)).toBeTruthy();
  });

  it('offers to retire the replaced certificate after the renewal reads back, and says where it went', async () => {
    const retireRenewed = vi.fn(async () => ({
      ok: true as const,
      value: {
        removedFrom: ['Firefox — profil default-release'],
        failed: ['Chromium / Chrome (~/.pki/nssdb)'],
      },
    }));
    renderWithApi(<RetireOldStep order={makeOrder({ state: 'installed', renews: SHA })} />, {
      orders: { retireRenewed },
    });
    fireEvent.click(screen.getByTestId('retire-old-run'));
    expect(
      await screen.findByText('Ancien certificat retiré de : Firefox — profil default-release.'),
    ).toBeTruthy();
    expect(screen.getByText(/Il n’a pas pu être retiré de : Chromium/)).toBeTruthy();
  });

  it('installs a renewal where the certificate it replaces is: those stores come ticked', async () => {
    const target = (id: string, label: string, isDefault = false) => ({
      id,
      kind: 'nss' as const,
      label,
      location: `/home/anne/${id}`,
      exists: true,
      isDefault,
      inUse: false,
      needsAdmin: false,
    });
    const detail = vi.fn(async () => ({
      ok: true as const,
      value: {
        entry: entry(new Date(Date.now() + 20 * DAY), 'renew-now'),
        places: [],
        history: [],
        notified: [],
        acknowledged: [],
        pem: '',
      },
    }));
    renderWithApi(
      <InstallDialog
        order={makeOrder({
          state: 'issued',
          renews: SHA,
          keyRef: { store: 'vault', keyId: 'k' },
          certificate: {
            pem: '',
            sha256: 'CD'.repeat(32),
            notAfter: new Date().toISOString(),
            retrievedAt: new Date().toISOString(),
          },
        })}
        onClose={() => undefined}
        preselectDefault
      />,
      {
        inventory: { detail },
        install: {
          targets: vi.fn(async () => ({
            targets: [
              target('nss:chromium', 'Chromium / Chrome (~/.pki/nssdb)', true),
              target('nss:ff', 'Firefox — profil default-release'),
            ],
          })),
          keyLocations: vi.fn(async () => ({
            ok: true as const,
            value: { vault: true, stores: [], unreadable: [] },
          })),
        },
      },
    );
    const firefox = (await screen.findByTestId('install-target-1')) as HTMLInputElement;
    await waitFor(() => expect(firefox.checked).toBe(true));
    expect((screen.getByTestId('install-target-0') as HTMLInputElement).checked).toBe(false);
    expect(detail).toHaveBeenCalledWith({ sha256: SHA });
  });

  it('offers nothing for a first order', () => {
    renderWithApi(<RetireOldStep order={makeOrder({ state: 'installed' })} />);
    expect(screen.queryByTestId('retire-old')).toBeNull();
  });
});
