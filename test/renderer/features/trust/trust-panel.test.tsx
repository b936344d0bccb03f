import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LINKS } from '../../../../src/shared/links.js';
import type { Anchor } from '../../../../src/shared/model/anchor.js';
import { fileOf, renderApp } from '../../helpers/render-app.js';

const ACR_EL: Anchor = {
  name: 'AC RACINE IGC-SANTE ELEMENTAIRE',
  environment: 'production',
  sha256: '2D9E22CA19F777C6B745257C723ECB8DF3C35FA6F1F6EC36B83600C97346967F',
  source: 'cryptolib',
};
const TEST_ACR_EL: Anchor = {
  name: 'TEST AC RACINE IGC-SANTE ELEMENTAIRE',
  environment: 'test',
  sha256: '01325AEB193871EEC90FA89556804E4185CB362E0CA87A3D79939C71186DA805',
  source: 'imported',
};

const openPanel = () => fireEvent.click(screen.getByRole('button', { name: 'Autorités IGC-Santé' }));

describe('trust panel', () => {
  it('lists the anchors with their environment and source', async () => {
    renderApp({ trust: { listAnchors: vi.fn(async () => ({ anchors: [TEST_ACR_EL, ACR_EL] })) } });
    openPanel();
    const dialog = await screen.findByRole('dialog', { name: 'Autorités IGC-Santé' });
    const rows = await within(dialog).findAllByRole('row');
    // Header, then production before TEST.
    expect(rows[1]?.textContent).toContain('AC RACINE IGC-SANTE ELEMENTAIRE');
    expect(rows[1]?.textContent).toContain('PRODUCTION');
    expect(rows[1]?.textContent).toContain('Cryptolib CPS');
    expect(rows[2]?.textContent).toContain('TEST');
    expect(rows[2]?.textContent).toContain('Importée');
    expect(within(dialog).getByText('2 autorités')).toBeTruthy();
  });

  it('imports a chain file, shows the counts and refreshes the list', async () => {
    let anchors: Anchor[] = [];
    const listAnchors = vi.fn(async () => ({ anchors }));
    const importChain = vi.fn(async () => {
      anchors = [ACR_EL];
      return { ok: true as const, value: { added: [ACR_EL], alreadyKnown: 5, ignored: 1 } };
    });
    renderApp({ trust: { listAnchors, importChain } });
    openPanel();
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText(/Aucune autorité IGC-Santé n’est installée/)).toBeTruthy();

    fireEvent.change(within(dialog).getByTestId('chain-file-input'), {
      target: { files: [fileOf('Chaine_de_certification-IGC-Sante.p7b')] },
    });

    expect(
      await within(dialog).findByText(
        'Import terminé : 1 autorité ajoutée, 5 déjà connues, 1 certificat ignoré.',
      ),
    ).toBeTruthy();
    expect(await within(dialog).findByText('1 autorité')).toBeTruthy();
    expect(importChain).toHaveBeenCalledWith(
      expect.objectContaining({ fileName: 'Chaine_de_certification-IGC-Sante.p7b' }),
    );
  });

  it('translates an import failure', async () => {
    const importChain = vi.fn(async () => ({
      ok: false as const,
      error: { code: 'malformed' as const, message: 'bad DER at offset 12' },
    }));
    renderApp({ trust: { importChain } });
    openPanel();
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByTestId('chain-file-input'), {
      target: { files: [fileOf('x.p7b')] },
    });
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('Import impossible');
    expect(alert.textContent).toContain('Le fichier est endommagé');
  });

  it('reloads when main says the store changed', async () => {
    let anchors: Anchor[] = [];
    const listAnchors = vi.fn(async () => ({ anchors }));
    const { emit } = renderApp({ trust: { listAnchors } });
    openPanel();
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByText(/Aucune autorité IGC-Santé n’est installée/);
    anchors = [ACR_EL, TEST_ACR_EL];
    act(() => emit('trust.changed', { count: 2 }));
    expect(await within(dialog).findByText('2 autorités')).toBeTruthy();
  });

  it('opens IGC-Santé pages through main, never in the app window', async () => {
    const openExternal = vi.fn(async () => ({ ok: true as const, value: null }));
    renderApp({ shell: { openExternal } });
    openPanel();
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: /Politiques de certification/ }));
    expect(openExternal).toHaveBeenCalledWith({ url: LINKS.policies });
  });

  it('the "import-chain" menu command opens the panel', async () => {
    const { emit } = renderApp();
    expect(screen.queryByRole('dialog')).toBeNull();
    act(() => emit('app.command', { command: 'import-chain' }));
    expect(await screen.findByRole('dialog', { name: 'Autorités IGC-Santé' })).toBeTruthy();
  });
});

describe('trust panel: official chain download', () => {
  it('downloads the production chain on request, shows the counts and refreshes the list', async () => {
    let anchors: Anchor[] = [];
    const listAnchors = vi.fn(async () => ({ anchors }));
    const downloadChain = vi.fn(async () => {
      anchors = [ACR_EL];
      return { ok: true as const, value: { added: [ACR_EL], alreadyKnown: 0, ignored: 0 } };
    });
    renderApp({ trust: { listAnchors, downloadChain } });
    openPanel();
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(
      within(dialog).getByRole('button', { name: 'Télécharger la chaîne officielle (production)' }),
    );
    expect(
      await within(dialog).findByText(
        'Import terminé : 1 autorité ajoutée, 0 déjà connue, 0 certificat ignoré.',
      ),
    ).toBeTruthy();
    expect(downloadChain).toHaveBeenCalledWith({ environment: 'production' });
    expect(await within(dialog).findByText('1 autorité')).toBeTruthy();
  });

  it('asks for the TEST chain with its own button, and says why a download failed', async () => {
    const downloadChain = vi.fn(async () => ({
      ok: false as const,
      error: { code: 'network' as const, message: 'igc-sante.esante.gouv.fr: ECONNREFUSED' },
    }));
    renderApp({ trust: { downloadChain } });
    openPanel();
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Télécharger la chaîne officielle (TEST)' }));
    expect(
      await within(dialog).findByText('Le serveur de l’ANS est injoignable : vérifiez la connexion.'),
    ).toBeTruthy();
    expect(downloadChain).toHaveBeenCalledWith({ environment: 'test' });
  });
});
