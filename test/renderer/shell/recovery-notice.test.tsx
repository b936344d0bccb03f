import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RecoveryNotice } from '../../../src/shared/model/recovery.js';
import { renderApp } from '../helpers/render-app.js';

const NOTICE: RecoveryNotice = {
  folder: '/home/alice/.config/Vigie',
  files: [
    {
      store: 'inventory',
      reason: 'damaged',
      path: '/home/alice/.config/Vigie/inventory.sqlite.damaged-1767225600000',
    },
    {
      store: 'inventory-settings',
      reason: 'damaged',
      path: '/home/alice/.config/Vigie/inventory-settings.damaged-1767225600000.bak.json',
    },
    {
      store: 'token-settings',
      reason: 'unreadable-entries',
      path: '/home/alice/.config/Vigie/token-settings.unreadable.bak.json',
    },
  ],
};

describe('recovery notice', () => {
  it('says what was set aside, where the copies are, and what Vigie did instead', async () => {
    const { emit } = renderApp();
    // The app itself is there, not a blank or error screen.
    expect(screen.getByRole('main')).toBeTruthy();
    act(() => emit('app.recovery', NOTICE));
    const dialog = await screen.findByRole('dialog', { name: 'Des fichiers illisibles ont été mis de côté' });
    const body = within(dialog);
    expect(body.getByText(/Vos clés du coffre ne sont pas concernées/)).toBeTruthy();
    expect(body.getByText('L’inventaire « Mes certificats »')).toBeTruthy();
    expect(body.getByText(/Un inventaire neuf a été créé/)).toBeTruthy();
    expect(body.getByText('Le fichier des réglages (rappels, dossiers surveillés)')).toBeTruthy();
    expect(body.getByText(/ajoutez de nouveau les dossiers à surveiller/)).toBeTruthy();
    expect(body.getByText(/contenait des éléments illisibles/)).toBeTruthy();
    for (const file of NOTICE.files) expect(body.getByText(file.path)).toBeTruthy();
    expect(body.getByText(NOTICE.folder)).toBeTruthy();

    fireEvent.click(body.getByRole('button', { name: 'J’ai compris' }));
    expect(screen.queryByRole('dialog', { name: 'Des fichiers illisibles ont été mis de côté' })).toBeNull();
  });

  it('speaks English too', async () => {
    const { emit } = renderApp({}, 'en');
    act(() =>
      emit('app.recovery', {
        folder: 'C:\\Users\\alice\\AppData\\Roaming\\Vigie',
        files: [
          {
            store: 'orders',
            reason: 'damaged',
            path: 'C:\\Users\\alice\\AppData\\Roaming\\Vigie\\orders.damaged-1.bak.json',
          },
        ],
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Unreadable files were set aside' });
    expect(within(dialog).getByText('The list of your orders')).toBeTruthy();
    expect(within(dialog).getByText(/keys already made stay in the vault/)).toBeTruthy();
    expect(
      within(dialog).getByText('C:\\Users\\alice\\AppData\\Roaming\\Vigie\\orders.damaged-1.bak.json'),
    ).toBeTruthy();
  });
});
