import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ArgsOf } from '../../../../src/shared/ipc/types.js';
import { MAX_FILE_BYTES } from '../../../../src/shared/limits.js';
import { insiReportLocked, insiReportUnlocked } from '../../helpers/insi-report.js';
import { fileOf, renderApp as renderHome } from '../../helpers/render-app.js';

/** The app, moved to the inspector (the home is "Mes certificats"). */
const renderApp = (...args: Parameters<typeof renderHome>) => {
  const view = renderHome(...args);
  fireEvent.click(screen.getByTestId('nav-inspect'));
  return view;
};

const RIGHT = 'le-bon-mot-de-passe';

/** Main's behaviour for the INSI download: certificates first, the key after the password. */
const insiInspect = vi.fn(async ({ password }: ArgsOf<'inspector', 'inspect'>) => {
  if (password === undefined) return { ok: true as const, value: insiReportLocked() };
  if (password === RIGHT) return { ok: true as const, value: insiReportUnlocked() };
  return {
    ok: false as const,
    error: { code: 'wrong-password' as const, message: 'MAC verification failed' },
  };
});

const dropOn = (files: File[]) =>
  fireEvent.drop(screen.getByTestId('drop-zone'), { dataTransfer: { files, types: ['Files'] } });

const leafCard = async () => {
  const cards = await screen.findAllByTestId('cert-card');
  const leaf = cards.find((c) => c.textContent?.includes('INSI-MANU'));
  if (!leaf) throw new Error('no INSI-MANU card');
  return leaf;
};

describe('inspector: the real TEST download, in French', () => {
  it('says who, which product, which environment, which structure and until when', async () => {
    renderApp({ inspector: { inspect: insiInspect } });
    dropOn([fileOf('INSI-AUTO-certificate.p12')]);

    const card = await leafCard();
    const c = within(card);
    expect(c.getByRole('heading', { name: 'INSI-MANU — CENTRE DE SANTE RPPS22163' })).toBeTruthy();
    expect(c.getByText("Authentification d'application (ORG AUTH_CLI)")).toBeTruthy();
    expect(c.getByTestId('env-badge').textContent).toBe('TEST');
    expect(c.getByText('FINESS 0B0221636')).toBeTruthy();
    expect(c.getByText('Rhône (69)')).toBeTruthy();
    expect(c.getByText('25 avril 2028')).toBeTruthy();
    expect(c.getByText('Authentification client TLS')).toBeTruthy();
    expect(c.getByTestId('days-left-badge').textContent).toMatch(/^\d+ jours restants$/);
    expect(c.getByTestId('chain-status').textContent).toContain(
      'Chaîne valide jusqu’à « TEST AC RACINE IGC-SANTE ELEMENTAIRE »',
    );
    expect(c.getByText('Non vérifié')).toBeTruthy();
    expect(c.getByText(/l’intégrité du fichier n’est pas encore vérifiée/)).toBeTruthy();
    // Fingerprints as colon-separated pairs.
    expect(c.getByText(/^15:01:25:B6:6A:FE/)).toBeTruthy();
    expect(insiInspect).toHaveBeenCalledWith(
      expect.objectContaining({ fileName: 'INSI-AUTO-certificate.p12', data: 'MIIBAA==' }),
    );
  });

  it('moves focus to the result heading after a drop', async () => {
    renderApp({ inspector: { inspect: insiInspect } });
    dropOn([fileOf('INSI-AUTO-certificate.p12')]);
    const heading = await screen.findByRole('heading', { level: 2, name: 'INSI-AUTO-certificate.p12' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });

  it('wrong password: a clear message, focus kept, certificates still shown; then the right one', async () => {
    renderApp({ inspector: { inspect: insiInspect } });
    dropOn([fileOf('INSI-AUTO-certificate.p12')]);
    await leafCard();

    const input = screen.getByTestId('password-input') as HTMLInputElement;
    fireEvent.change(input, { target: { value: 'pas-le-bon' } });
    fireEvent.click(screen.getByRole('button', { name: 'Déverrouiller' }));

    expect(await screen.findByText(/^Mot de passe incorrect\. Vérifiez la saisie/)).toBeTruthy();
    expect(document.activeElement).toBe(input);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(await leafCard()).toBeTruthy();
    expect(screen.queryByText('MAC verification failed')).toBeNull();

    fireEvent.change(input, { target: { value: RIGHT } });
    fireEvent.submit(input.closest('form')!);

    expect(await screen.findByText('Fichier déverrouillé : son intégrité est vérifiée.')).toBeTruthy();
    expect(screen.queryByTestId('password-input')).toBeNull();
    expect(screen.queryByText('Non vérifié')).toBeNull();
    const keyCard = screen.getByTestId('key-card');
    expect(within(keyCard).getByText('INSI-MANU — CENTRE DE SANTE RPPS22163')).toBeTruthy();
    expect(insiInspect).toHaveBeenLastCalledWith(expect.objectContaining({ password: RIGHT }));
  });

  it('a refused password computation gets its own message, not "wrong password"', async () => {
    const inspect = vi.fn(async ({ password }: ArgsOf<'inspector', 'inspect'>) =>
      password === undefined
        ? { ok: true as const, value: insiReportLocked() }
        : {
            ok: false as const,
            error: { code: 'iteration-limit' as const, message: 'MAC iterations 50000000 > 2000000' },
          },
    );
    renderApp({ inspector: { inspect } });
    dropOn([fileOf('INSI-AUTO-certificate.p12')]);
    await leafCard();
    const input = screen.getByTestId('password-input');
    fireEvent.change(input, { target: { value: 'x' } });
    fireEvent.submit(input.closest('form')!);
    expect(await screen.findByText(/calcul de mot de passe anormalement long/)).toBeTruthy();
    expect(screen.queryByText(/Mot de passe incorrect/)).toBeNull();
  });

  it('switches to English, remembers it and updates <html lang>', async () => {
    renderApp({ inspector: { inspect: insiInspect } });
    expect(document.documentElement.lang).toBe('fr');
    dropOn([fileOf('INSI-AUTO-certificate.p12')]);
    await leafCard();

    fireEvent.click(screen.getByRole('radio', { name: 'EN' }));

    const card = await leafCard();
    expect(within(card).getByText('Application authentication (ORG AUTH_CLI)')).toBeTruthy();
    expect(within(card).getByText('25 April 2028')).toBeTruthy();
    expect(within(card).getByText('Not verified')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Understand a certificate file' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('vigie.language')).toBe('en');
  });

  it('one result section per file when several are dropped', async () => {
    const inspect = vi.fn(async (args: ArgsOf<'inspector', 'inspect'>) =>
      args.fileName === 'notes.txt'
        ? { ok: false as const, error: { code: 'unrecognized-format' as const, message: 'no PEM, no DER' } }
        : { ok: true as const, value: insiReportLocked() },
    );
    renderApp({ inspector: { inspect } });
    dropOn([fileOf('INSI-AUTO-certificate.p12'), fileOf('notes.txt')]);

    const first = await screen.findByTestId('result-0');
    const second = await screen.findByTestId('result-1');
    await within(first).findAllByTestId('cert-card');
    const alert = await within(second).findByRole('alert');
    expect(alert.textContent).toContain('Format non reconnu');
    expect(alert.textContent).toContain('Détail technique : no PEM, no DER');
  });

  it('refuses a file over 10 MiB without sending it to main', async () => {
    const inspect = vi.fn(insiInspect);
    renderApp({ inspector: { inspect } });
    dropOn([new File([new Uint8Array(MAX_FILE_BYTES + 1)], 'enorme.p12')]);

    const alert = await within(await screen.findByTestId('result-0')).findByRole('alert');
    expect(alert.textContent).toContain('Ce fichier dépasse la taille maximale acceptée (10 Mio)');
    expect(inspect).not.toHaveBeenCalled();
  });

  it('the file picker: Enter on the drop zone opens it, a chosen file is inspected', async () => {
    renderApp({ inspector: { inspect: insiInspect } });
    const input = screen.getByTestId('file-input') as HTMLInputElement;
    const click = vi.spyOn(input, 'click');
    const zone = screen.getByRole('button', { name: /Déposez vos fichiers ici/ });
    expect(zone.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(zone.getAttribute('aria-describedby')!)?.textContent).toMatch(
      /Zone de dépôt/,
    );
    fireEvent.keyDown(zone, { key: 'Enter' });
    expect(click).toHaveBeenCalled();

    fireEvent.change(input, { target: { files: [fileOf('INSI-AUTO-certificate.p12')] } });
    expect(await leafCard()).toBeTruthy();
  });

  it('the "open-file" menu command falls back to the page picker where there is no system dialog', async () => {
    const { emit } = renderApp();
    const input = screen.getByTestId('file-input') as HTMLInputElement;
    const click = vi.spyOn(input, 'click');
    act(() => emit('app.command', { command: 'open-file' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
  });

  it('the "open-file" menu command uses the system dialog in the desktop app', async () => {
    const bytes = 'AAEC';
    const openDialog = vi.fn(async () => ({
      ok: true as const,
      value: {
        files: [
          { fileName: 'INSI-AUTO-certificate.p12', data: bytes, error: null },
          {
            fileName: 'huge.pem',
            data: null,
            error: {
              code: 'file-too-large' as const,
              message: 'too big',
              detail: { limit: MAX_FILE_BYTES, size: MAX_FILE_BYTES + 1 },
            },
          },
        ],
      },
    }));
    const { emit } = renderApp({ inspector: { inspect: insiInspect }, files: { openDialog } });
    const input = screen.getByTestId('file-input') as HTMLInputElement;
    const click = vi.spyOn(input, 'click');
    act(() => emit('app.command', { command: 'open-file' }));
    expect(await leafCard()).toBeTruthy();
    expect(openDialog).toHaveBeenCalledWith({ purpose: 'inspect', multiple: true });
    expect(insiInspect).toHaveBeenCalledWith({ fileName: 'INSI-AUTO-certificate.p12', data: bytes });
    expect(click).not.toHaveBeenCalled();
    expect(await screen.findAllByRole('alert')).not.toHaveLength(0);
  });
});
