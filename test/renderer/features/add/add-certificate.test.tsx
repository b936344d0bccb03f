import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { InstallTarget } from '../../../../src/shared/model/install.js';
import type { Order } from '../../../../src/shared/model/order.js';
import { makeOrder, NOW } from '../../helpers/fake-orders.js';
import { insiReportLocked } from '../../helpers/insi-report.js';
import { fileOf, renderApp } from '../../helpers/render-app.js';
import { analysisOf, authority, leaf, LEAF_SHA } from '../retrieve/retrieve-fixtures.js';

const kept: Order = makeOrder({
  state: 'issued',
  keyRef: { store: 'vault', keyId: 'k1' },
  certificate: { pem: '', sha256: LEAF_SHA, notAfter: '2029-03-02T09:30:00.000Z', retrievedAt: NOW },
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

/** Counts the user's clicks: the bar is 4 for the platform's PKCS#12. */
const clicks = { n: 0 };
const click = (element: HTMLElement) => {
  clicks.n++;
  fireEvent.click(element);
};

/**
 * The keep button, once it can be pressed: it stays disabled while the vault's status is
 * still on its way from main, and a click on a disabled button does nothing (as for a user).
 */
const keepButton = async (): Promise<HTMLButtonElement> =>
  vi.waitFor(
    () => {
      const button = screen.getByTestId('add-keep') as HTMLButtonElement;
      expect(button.disabled).toBe(false);
      return button;
    },
    { timeout: 5000 },
  );

const pickFile = (name: string) => {
  // Choosing the file is the first click (the drop zone opens the picker).
  clicks.n++;
  fireEvent.change(screen.getByTestId('add-file-input'), { target: { files: [fileOf(name)] } });
};

describe('"Ajouter un certificat"', () => {
  it('takes a doctor’s platform .p12 to an installed certificate in 4 clicks', async () => {
    clicks.n = 0;
    const analyze = vi.fn(async (args: { password?: string }) =>
      args.password === undefined
        ? { ok: true as const, value: analysisOf([], true) }
        : {
            ok: true as const,
            value: analysisOf([leaf({ product: 'PS_AUTH', keyInFile: true }), authority()]),
          },
    );
    const confirm = vi.fn(async () => ({ ok: true as const, value: kept }));
    const run = vi.fn(async () => ({
      ok: true as const,
      value: {
        order: { ...kept, state: 'installed' as const },
        results: [
          {
            targetId: 'nss:ff',
            label: 'Firefox — profil default-release',
            ok: true,
            certificatePresent: true,
            keyPresent: true,
            trust: 'verified' as const,
            warnings: [],
          },
        ],
      },
    }));
    const { api } = renderApp({
      retrieve: { analyze, confirm },
      install: {
        targets: vi.fn(async () => ({
          targets: [
            target('nss:ff', 'Firefox — profil default-release', { isDefault: true }),
            target('nss:ff2', 'Firefox — profil travail'),
          ],
        })),
        keyLocations: vi.fn(async () => ({
          ok: true as const,
          value: { vault: true, stores: [], unreadable: [] },
        })),
        run,
      },
    });
    fireEvent.click(screen.getByTestId('nav-add')); // getting to the page is not counted: it is the home's button
    expect(screen.getByRole('heading', { level: 1, name: 'Ajouter un certificat' })).toBeTruthy();
    pickFile('Dr-Martin.p12');

    // Locked: said in words, with the password form; never "aucun certificat" or "ne peut pas être rangé".
    const locked = await screen.findByTestId('add-protected');
    expect(within(locked).getByText('Fichier protégé par un mot de passe')).toBeTruthy();
    // On this page (every place stays mounted, hidden: another page may say "aucun certificat").
    const page = within(locked.closest('.mantine-Container-root') as HTMLElement);
    expect(page.queryByText(/aucun certificat/i)).toBeNull();
    expect(page.queryByText(/ne peut pas être rangé/i)).toBeNull();
    expect(screen.queryByTestId('add-keep')).toBeNull();
    fireEvent.change(within(locked).getByTestId('password-input'), { target: { value: 'secret' } });
    click(within(locked).getByRole('button', { name: /ouvrir|déverrouiller|valider/i }));

    const card = await screen.findByTestId('retrieved-card');
    expect(within(card).getByTestId('key-in-file')).toBeTruthy();
    expect(within(card).queryByTestId('retrieved-order')).toBeNull();
    click(await keepButton());
    await vi.waitFor(() => expect(confirm).toHaveBeenCalled());
    expect(confirm).toHaveBeenCalledWith(
      expect.objectContaining({ fileName: 'Dr-Martin.p12', password: 'secret', certificateSha256: LEAF_SHA }),
    );

    // Kept: the install dialog opens by itself, the usual store already ticked.
    const dialog = within(await screen.findByRole('dialog'));
    await dialog.findByTestId('install-target-0');
    click(dialog.getByTestId('install-run'));
    await dialog.findByText(/Firefox — profil default-release/);
    expect(run).toHaveBeenCalledWith({ orderId: kept.id, targetIds: ['nss:ff'] });
    expect(clicks.n).toBe(4);
    expect(api.inventory.addFile).not.toHaveBeenCalled();
  });

  it('a new user: the vault is set up on the OS keychain without a question; a locked passphrase vault asks first', async () => {
    const analyze = vi.fn(async () => ({
      ok: true as const,
      value: analysisOf([leaf({ product: 'PS_AUTH', keyInFile: true })]),
    }));
    const confirm = vi.fn(async () => ({ ok: true as const, value: kept }));
    const fresh = renderApp({ retrieve: { analyze, confirm } });
    fresh.backend.state.vault = { mode: 'not-set-up', locked: true, keyringAvailable: true, keyCount: 0 };
    fireEvent.click(screen.getByTestId('nav-add'));
    pickFile('Dr-Martin.p12');
    fireEvent.click(await keepButton());
    await vi.waitFor(() => expect(confirm).toHaveBeenCalled(), { timeout: 5000 });
    expect(fresh.api.vault.setup).toHaveBeenCalledWith({ mode: 'keyring' });
    fresh.unmount();

    const locked = renderApp({ retrieve: { analyze, confirm: vi.fn() } });
    locked.backend.state.vault = { mode: 'passphrase', locked: true, keyringAvailable: false, keyCount: 1 };
    fireEvent.click(screen.getByTestId('nav-add'));
    pickFile('Dr-Martin.p12');
    await screen.findByTestId('retrieved-card', {}, { timeout: 5000 });
    expect(await screen.findByTestId('vault-unlock', {}, { timeout: 5000 })).toBeTruthy();
    expect((screen.getByTestId('add-keep') as HTMLButtonElement).disabled).toBe(true);
  });

  it('"Ajouter à mes certificats" from the inspector opens the same file on the add page', async () => {
    const analyze = vi.fn(async () => ({ ok: true as const, value: analysisOf([leaf()]) }));
    renderApp({
      inspector: { inspect: vi.fn(async () => ({ ok: true as const, value: insiReportLocked() })) },
      retrieve: { analyze },
    });
    fireEvent.click(screen.getByTestId('nav-inspect'));
    fireEvent.change(screen.getByTestId('file-input'), {
      target: { files: [fileOf('INSI-AUTO.p12', new Uint8Array([0x30, 0x82, 0x01, 0x02]))] },
    });
    fireEvent.click(await screen.findByTestId('inspector-add', {}, { timeout: 5000 }));
    expect(screen.getByTestId('nav-add').getAttribute('aria-current')).toBe('page');
    await vi.waitFor(() =>
      expect(analyze).toHaveBeenCalledWith({
        fileName: 'INSI-AUTO.p12',
        data: Buffer.from([0x30, 0x82, 0x01, 0x02]).toString('base64'),
      }),
    );
    expect(await screen.findByTestId('retrieved-card')).toBeTruthy();
  });

  it('follows a certificate with no key (a server’s), without talking of orders', async () => {
    const analyze = vi.fn(async () => ({ ok: true as const, value: analysisOf([leaf()]) }));
    const addFile = vi.fn(async () => ({ ok: true as const, value: { added: [LEAF_SHA] } }));
    const { api } = renderApp({ retrieve: { analyze }, inventory: { addFile } });
    fireEvent.click(screen.getByTestId('nav-add'));
    pickFile('serveur.crt');
    await screen.findByTestId('retrieved-card');
    expect(screen.queryByText(/ne peut pas être rangé/i)).toBeNull();
    expect(screen.queryByTestId('add-keep')).toBeNull();
    fireEvent.click(screen.getByTestId('add-watch'));
    expect(await screen.findByTestId('add-done')).toBeTruthy();
    expect(addFile).toHaveBeenCalledWith({ fileName: 'serveur.crt', data: expect.any(String) });
    expect(api.retrieve.confirm).not.toHaveBeenCalled();
    expect(screen.getByText(/Vigie suit désormais ce certificat/)).toBeTruthy();
    // Back to the list, on that certificate.
    fireEvent.click(screen.getByTestId('add-to-list'));
    expect(screen.getByTestId('nav-certificates').getAttribute('aria-current')).toBe('page');
  });

  it('does not offer to keep a revoked certificate', async () => {
    renderApp({
      retrieve: {
        analyze: vi.fn(async () => ({
          ok: true as const,
          value: analysisOf([
            leaf({
              keyInFile: true,
              revocation: {
                status: 'revoked',
                revokedAt: NOW,
                reason: 'keyCompromise',
                source: 'ocsp',
                cause: null,
                detail: 'OCSP: revoked',
              },
            }),
          ]),
        })),
      },
    });
    fireEvent.click(screen.getByTestId('nav-add'));
    pickFile('revoque.p12');
    expect(await screen.findByText(/Ce certificat est révoqué/)).toBeTruthy();
    expect(screen.queryByTestId('add-keep')).toBeNull();
    expect(screen.queryByTestId('add-watch')).toBeNull();
  });
});
