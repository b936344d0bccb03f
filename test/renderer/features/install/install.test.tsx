import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { InstallTarget, InstallTargetResult } from '../../../../src/shared/model/install.js';
import type { Order } from '../../../../src/shared/model/order.js';
import type { FakeOverrides } from '../../helpers/fake-api.js';
import { FAKE_CSR_PEM, makeOrder, NOW } from '../../helpers/fake-orders.js';
import { renderApp } from '../../helpers/render-app.js';

const order: Order = makeOrder({
  state: 'issued',
  csrPem: FAKE_CSR_PEM,
  keyRef: { store: 'vault', keyId: 'k1' },
  certificate: { pem: '', sha256: 'A1'.repeat(32), notAfter: '2029-03-02T09:30:00.000Z', retrievedAt: NOW },
});

const target = (id: string, label: string, fields: Partial<InstallTarget> = {}): InstallTarget => ({
  id,
  kind: 'nss',
  label,
  location: `/home/anne/${id}`,
  exists: true,
  isDefault: false,
  inUse: false,
  needsAdmin: false,
  ...fields,
});

const TARGETS = [
  target('nss:chromium', 'Chromium / Chrome (~/.pki/nssdb)', { isDefault: true }),
  target('nss:ff', 'Firefox — profil default-release', { inUse: true }),
  target('nss:ff2', 'Firefox — profil travail'),
  target('windows:LocalMachine\\My', 'Windows — LocalMachine\\My', {
    kind: 'windows-store',
    needsAdmin: true,
  }),
];

const verified = (t: InstallTarget): InstallTargetResult => ({
  targetId: t.id,
  label: t.label,
  ok: true,
  certificatePresent: true,
  keyPresent: true,
  trust: 'verified',
  warnings: [],
});

const installOverrides = (extra: Partial<NonNullable<FakeOverrides['install']>> = {}): FakeOverrides => ({
  install: {
    targets: vi.fn(async () => ({ targets: TARGETS })),
    keyLocations: vi.fn(async () => ({
      ok: true as const,
      value: { vault: true, stores: [], unreadable: [] },
    })),
    run: vi.fn(async () => ({
      ok: true as const,
      value: { order: { ...order, state: 'installed' as const }, results: [verified(TARGETS[0]!)] },
    })),
    destroyVaultKey: vi.fn(async () => ({
      ok: true as const,
      value: { order: { ...order, keyRef: null }, backupPath: null },
    })),
    ...extra,
  },
});

const openInstall = async (overrides: FakeOverrides) => {
  const fake = renderApp(overrides);
  fake.backend.state.orders = [order];
  fireEvent.click(screen.getByTestId('nav-orders'));
  const row = within(await screen.findByTestId('order-row'));
  fireEvent.click(row.getByTestId('order-install'));
  const dialog = within(
    await screen.findByRole('dialog', { name: 'Installer le certificat sur cet ordinateur' }),
  );
  await dialog.findByTestId('install-target-0');
  return { ...fake, dialog };
};

const type = (testId: string, value: string) =>
  fireEvent.change(screen.getByTestId(testId), { target: { value } });

describe('install an issued certificate', () => {
  it('lists the stores, says which Firefox is running, installs and shows the read-back', async () => {
    const { api, dialog } = await openInstall(installOverrides());
    expect(dialog.getByText(/en cours d’utilisation/)).toBeTruthy();
    expect((dialog.getByTestId('install-target-1') as HTMLInputElement).disabled).toBe(true);
    // A store only an administrator may write says so, and cannot be picked.
    expect(dialog.getByText(/réservé à l’administrateur/)).toBeTruthy();
    expect((dialog.getByTestId('install-target-3') as HTMLInputElement).disabled).toBe(true);
    expect(dialog.queryByTestId('install-hygiene')).toBeNull();

    fireEvent.click(dialog.getByTestId('install-run'));
    expect(await dialog.findByText('Choisissez au moins un magasin.')).toBeTruthy();
    expect(api.install.run).not.toHaveBeenCalled();

    fireEvent.click(dialog.getByTestId('install-target-0'));
    fireEvent.click(dialog.getByTestId('install-run'));
    const result = within(await dialog.findByTestId('install-result'));
    expect(api.install.run).toHaveBeenCalledWith({ orderId: order.id, targetIds: ['nss:chromium'] });
    expect(result.getByText('Chromium / Chrome (~/.pki/nssdb) — Installé et vérifié')).toBeTruthy();
    expect(result.getByText('✓ certificat, ✓ clé, ✓ autorités')).toBeTruthy();
    // The custody step is offered, never done silently.
    expect(api.install.destroyVaultKey).not.toHaveBeenCalled();
    expect(dialog.getByTestId('destroy-vault-key')).toBeTruthy();
  });

  it('warns before installing when the key already lives in another store', async () => {
    const { dialog } = await openInstall(
      installOverrides({
        keyLocations: vi.fn(async () => ({
          ok: true as const,
          value: {
            vault: true,
            stores: [
              { targetId: 'nss:ff2', label: 'Firefox — profil travail', certificate: true, key: true },
            ],
            unreadable: [],
          },
        })),
      }),
    );
    expect(dialog.getByText('Cette clé est déjà présente dans : Firefox — profil travail.')).toBeTruthy();
    expect(dialog.getByText(/ne doit pas être dupliquée ni installée sur plusieurs postes/)).toBeTruthy();
  });

  it('deletes the vault copy when asked, and says where the key lives now', async () => {
    const { api, dialog } = await openInstall(installOverrides());
    fireEvent.click(dialog.getByTestId('install-target-0'));
    fireEvent.click(dialog.getByTestId('install-run'));
    fireEvent.click(await dialog.findByTestId('destroy-vault-key'));
    await waitFor(() =>
      expect(api.install.destroyVaultKey).toHaveBeenCalledWith({ orderId: order.id, backup: null }),
    );
    expect(
      await dialog.findByText(
        'La copie du coffre est supprimée. La clé vit désormais dans : Chromium / Chrome (~/.pki/nssdb).',
      ),
    ).toBeTruthy();
  });

  it('keeps an encrypted backup first: password twice, then backup and delete', async () => {
    const destroyVaultKey = vi.fn(async () => ({
      ok: true as const,
      value: { order: { ...order, keyRef: null }, backupPath: '/home/anne/sauvegarde.p12' },
    }));
    const { dialog } = await openInstall(installOverrides({ destroyVaultKey }));
    fireEvent.click(dialog.getByTestId('install-target-0'));
    fireEvent.click(dialog.getByTestId('install-run'));
    fireEvent.click(await dialog.findByTestId('destroy-with-backup'));
    type('backup-password', 'Tr3s-long-secret');
    type('backup-password-again', 'Tr3s-long-secreX');
    fireEvent.click(screen.getByTestId('backup-confirm'));
    expect(await dialog.findByText('Les deux saisies sont différentes.')).toBeTruthy();
    expect(destroyVaultKey).not.toHaveBeenCalled();
    type('backup-password-again', 'Tr3s-long-secret');
    fireEvent.click(screen.getByTestId('backup-confirm'));
    await waitFor(() =>
      expect(destroyVaultKey).toHaveBeenCalledWith({
        orderId: order.id,
        backup: { password: 'Tr3s-long-secret', profile: 'modern' },
      }),
    );
    expect(
      await dialog.findByText('Sauvegarde chiffrée enregistrée et relue : /home/anne/sauvegarde.p12'),
    ).toBeTruthy();
  });

  it('a store that fails says why in French and offers no custody step', async () => {
    const failed: InstallTargetResult = {
      targetId: 'nss:ff2',
      label: 'Firefox — profil travail',
      ok: false,
      certificatePresent: false,
      keyPresent: false,
      trust: 'missing',
      warnings: [],
      error: { code: 'db-locked', message: 'SEC_ERROR_LOCKED' },
    };
    const { dialog } = await openInstall(
      installOverrides({
        run: vi.fn(async () => ({ ok: true as const, value: { order, results: [failed] } })),
      }),
    );
    fireEvent.click(dialog.getByTestId('install-target-2'));
    fireEvent.click(dialog.getByTestId('install-run'));
    expect(
      await dialog.findByText(
        'Le magasin est utilisé par une application ouverte : fermez-la puis réessayez.',
      ),
    ).toBeTruthy();
    expect(dialog.queryByTestId('destroy-vault-key')).toBeNull();
  });

  it('the order drawer offers the same install', async () => {
    const fake = renderApp(installOverrides());
    fake.backend.state.orders = [order];
    fireEvent.click(screen.getByTestId('nav-orders'));
    fireEvent.click(within(await screen.findByTestId('order-row')).getByTestId('order-details'));
    const drawer = within(await screen.findByTestId('order-drawer'));
    fireEvent.click(drawer.getByTestId('order-install'));
    expect(
      await screen.findByRole('dialog', { name: 'Installer le certificat sur cet ordinateur' }),
    ).toBeTruthy();
  });
});
