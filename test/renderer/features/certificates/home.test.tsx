import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../helpers/render-app.js';
import { AT, igcEntry, listOf, listing, makeEntry } from './inventory-fixtures.js';

const rowsNow = () => screen.getAllByTestId('certificate-row');
const names = () => rowsNow().map((r) => within(r).getByTestId('row-name').textContent);

describe('"Mes certificats", the home', () => {
  it('tells a new user what to do, and both ways in work', async () => {
    const fake = renderApp();
    const empty = await screen.findByTestId('certificates-empty');
    expect(within(empty).getByText('Aucun certificat pour l’instant')).toBeTruthy();
    expect(
      within(empty).getByText(/Ajoutez le fichier \.p12 que la plateforme IGC-Santé vous a envoyé/),
    ).toBeTruthy();

    // No folder dialog here (as in the browser): the page asks for the path.
    fireEvent.click(within(empty).getByRole('button', { name: 'Surveiller un dossier' }));
    const field = await screen.findByTestId('folder-path');
    expect(fake.api.inventory.addFolder).toHaveBeenCalledWith({});
    vi.mocked(fake.api.inventory.addFolder).mockResolvedValueOnce({
      ok: true,
      value: {
        folder: '/srv/certs',
        report: { files: 3, certificates: 12, unreadable: 1, cancelled: false },
      },
    });
    fireEvent.change(field, { target: { value: '/srv/certs' } });
    fireEvent.click(screen.getByTestId('folder-submit'));
    await waitFor(() =>
      expect(fake.api.inventory.addFolder).toHaveBeenLastCalledWith({ path: '/srv/certs' }),
    );
    expect((await screen.findByTestId('certificates-feedback')).textContent).toContain(
      'Dossier surveillé : /srv/certs — 12 certificats trouvés. 1 fichier illisible.',
    );

    // "Ajouter un certificat" goes to the add page.
    fireEvent.click(within(empty).getByRole('button', { name: 'Ajouter un certificat' }));
    await waitFor(() => expect(screen.getByTestId('nav-add').getAttribute('aria-current')).toBe('page'));
  });

  it('lists the soonest action first, each in plain words, where it lives, and its dates in French', async () => {
    const entries = [
      makeEntry({ days: 200, status: 'valid', subjectFields: { CN: 'valide-loin' } }),
      makeEntry({ days: -3, status: 'expired', subjectFields: { CN: 'expire-recent' } }),
      makeEntry({ days: 45, status: 'renew-soon', subjectFields: { CN: 'bientot' } }),
      makeEntry({ days: 20, status: 'renew-now', subjectFields: { CN: 'maintenant-20' } }),
      makeEntry({ days: -300, status: 'expired', subjectFields: { CN: 'expire-ancien' } }),
      igcEntry(5, 'renew-now'),
      makeEntry({ days: 90, status: 'revoked', subjectFields: { CN: 'revoque' } }),
    ];
    renderApp({ inventory: { list: listing(entries) } });
    await screen.findAllByTestId('certificate-row');
    expect(names()).toEqual([
      'INSI-AUTO',
      'maintenant-20',
      'expire-recent',
      'expire-ancien',
      'revoque',
      'bientot',
      'valide-loin',
    ]);

    const igc = within(rowsNow()[0]!);
    expect(
      igc.getByText("Authentification d'application (ORG AUTH_CLI) · CENTRE DE SANTE RPPS22163"),
    ).toBeTruthy();
    expect(igc.getByTestId('env-badge').textContent).toBe('TEST');
    expect(igc.getAllByTestId('place').map((p) => p.textContent)).toEqual(['Coffre Vigie', 'Navigateur']);
    expect(igc.getByTestId('status-badge').textContent).toBe('À renouveler maintenant');
    expect(igc.getByTestId('row-renew-by').textContent).toBe('20 juin 2026');
    expect(igc.getByText('5 jours restants')).toBeTruthy();

    const other = within(rowsNow()[1]!);
    expect(other.queryByTestId('env-badge')).toBeNull();
    expect(other.getByText('Autorite Exemple')).toBeTruthy();
    expect(other.getByTestId('place').textContent).toBe('Dossier');
    expect(within(rowsNow()[2]!).getByText('Expiré depuis 3 jours')).toBeTruthy();

    // Counts by status on the cards.
    const count = (s: string) =>
      within(screen.getByTestId(`status-card-${s}`)).getByTestId('status-count').textContent;
    expect([
      count('renew-now'),
      count('expired'),
      count('revoked'),
      count('renew-soon'),
      count('valid'),
    ]).toEqual(['2', '2', '1', '1', '1']);
  });

  it('reloads when main says the inventory changed', async () => {
    const list = listing([makeEntry({ days: 100, status: 'valid' })]);
    const fake = renderApp({ inventory: { list } });
    await screen.findAllByTestId('certificate-row');
    list.mockResolvedValueOnce({
      ok: true,
      value: listOf([
        makeEntry({ days: 100, status: 'valid' }),
        makeEntry({ days: 10, status: 'renew-now' }),
      ]),
    });
    act(() => fake.emit('inventory.changed', { at: AT }));
    await waitFor(() => expect(screen.getAllByTestId('certificate-row')).toHaveLength(2));
  });

  it('checks again with progress and a Cancel button, and says what it found', async () => {
    let finish: (v: {
      files: number;
      certificates: number;
      unreadable: number;
      cancelled: boolean;
    }) => void = () => {};
    const refresh = vi.fn(
      () =>
        new Promise<{
          ok: true;
          value: { files: number; certificates: number; unreadable: number; cancelled: boolean };
        }>((resolve) => (finish = (value) => resolve({ ok: true, value }))),
    );
    const fake = renderApp({ inventory: { list: listing([makeEntry({ days: 100 })]), refresh } });
    await screen.findAllByTestId('certificate-row');
    fireEvent.click(screen.getByTestId('certificates-refresh'));
    await screen.findByTestId('scan-progress');
    act(() =>
      fake.emit('inventory.progress', {
        kind: 'folder',
        folder: '/srv/certs',
        filesFound: 40,
        filesDone: 10,
        certificates: 25,
      }),
    );
    const progress = screen.getByTestId('scan-progress');
    expect(progress.textContent).toContain('Lecture de /srv/certs');
    expect(progress.textContent).toContain('10 fichiers lus sur 40 · 25 certificats');
    fireEvent.click(within(progress).getByTestId('scan-cancel'));
    expect(fake.api.inventory.cancelScan).toHaveBeenCalledWith({});
    await act(async () => finish({ files: 10, certificates: 25, unreadable: 0, cancelled: true }));
    expect((await screen.findByTestId('certificates-feedback')).textContent).toContain(
      'Vérification annulée : ce qui a déjà été lu est conservé.',
    );
    expect(screen.queryByTestId('scan-progress')).toBeNull();
  });

  it('exports CSV, iCalendar or Prometheus and shows where the file went', async () => {
    const exportReport = vi.fn(async ({ format }: { format: string }) => ({
      ok: true as const,
      value: {
        path: `/home/moi/vigie-inventaire.${format === 'csv' ? 'csv' : format === 'ics' ? 'ics' : 'prom'}`,
      },
    }));
    const fake = renderApp({ inventory: { list: listing([makeEntry({ days: 100 })]), exportReport } });
    await screen.findAllByTestId('certificate-row');
    for (const [format, file] of [
      ['ics', '/home/moi/vigie-inventaire.ics'],
      ['prometheus', '/home/moi/vigie-inventaire.prom'],
    ] as const) {
      fireEvent.click(screen.getByTestId('certificates-export'));
      fireEvent.click(await screen.findByTestId(`export-${format}`));
      await waitFor(() =>
        expect(screen.getByTestId('certificates-feedback').textContent).toContain(
          `Rapport enregistré : ${file}`,
        ),
      );
    }
    expect(fake.api.inventory.exportReport).toHaveBeenCalledWith({ format: 'prometheus' });
  });

  it('speaks English too', async () => {
    renderApp({ inventory: { list: listing([igcEntry(5, 'renew-now')]) } }, 'en');
    const row = within((await screen.findAllByTestId('certificate-row'))[0]!);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('My certificates');
    expect(row.getByTestId('status-badge').textContent).toBe('Renew now');
    expect(row.getByTestId('row-renew-by').textContent).toBe('20 June 2026');
    expect(screen.getByTestId('certificates-shown').textContent).toBe('1 certificate shown of 1');
  });
});
