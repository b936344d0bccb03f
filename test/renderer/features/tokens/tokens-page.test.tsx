import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  cardContents,
  cpsCard,
  CRYPTOLIB,
  pinState,
  readerSlot,
  renderAppWithTokens,
  SOFTHSM,
  softSlot,
  softToken,
  tokenError,
  tokensFake,
  type TokensFake,
  VIEW,
} from './token-fixtures.js';

const showTokens = async (tokens = tokensFake()) => {
  const app = renderAppWithTokens(tokens);
  fireEvent.click(screen.getByRole('button', { name: 'Cartes et jetons' }));
  await screen.findByRole('heading', { name: 'Cartes et jetons', level: 1 });
  return app;
};

const cardOf = (label: string) =>
  within(screen.getAllByTestId('token-card').find((c) => within(c).queryByText(label))!);

const OPENSC_MODULE = {
  path: '/usr/lib/opensc-pkcs11.so',
  kind: 'opensc' as const,
  origin: 'user' as const,
  loaded: true,
  library: 'OpenSC smartcard framework',
  error: null,
};

describe('Cartes et jetons', () => {
  it('is read only once the page is shown, from the navigation', async () => {
    const tokens = tokensFake();
    renderAppWithTokens(tokens);
    expect(tokens.view).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('nav-tokens'));
    expect(await screen.findAllByTestId('token-card')).toHaveLength(2);
    expect(tokens.view).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('nav-tokens').getAttribute('aria-current')).toBe('page');
  });

  it('shows the modules, the readers and each card: label, maker, serial, CPS generation', async () => {
    await showTokens();
    const modules = screen.getAllByTestId('token-module');
    expect(modules.map((m) => m.getAttribute('data-state'))).toEqual(['loaded', 'loaded']);
    expect(within(modules[0]!).getByText('Cryptolib CPS')).toBeTruthy();
    expect(within(modules[1]!).getByText('Ajouté par vous')).toBeTruthy();
    expect(within(modules[1]!).getByRole('button', { name: `Retirer le module ${SOFTHSM}` })).toBeTruthy();
    expect(screen.queryByTestId('cryptolib-missing')).toBeNull();

    const slots = screen.getAllByTestId('token-slot');
    expect(within(slots[0]!).getByText('Lecteur')).toBeTruthy();
    expect(within(slots[1]!).getByText('Emplacement logiciel')).toBeTruthy();

    const card = cardOf('CPS de MARTIN');
    expect(card.getByTestId('badge-cps').textContent).toBe('Carte CPS · CPS3');
    expect(card.getByText('ASIP-SANTE')).toBeTruthy();
    expect(card.getByText('CPS3 v3')).toBeTruthy();
    expect(card.getByText('8025000001')).toBeTruthy();
    expect(cardOf('Jeton de test').queryByTestId('badge-cps')).toBeNull();
  });

  it('says plainly when the Cryptolib CPS is missing, with the ANS site', async () => {
    const tokens = tokensFake({
      modules: [
        {
          path: CRYPTOLIB,
          kind: 'cryptolib-cps',
          origin: 'known',
          loaded: false,
          library: null,
          error: tokenError('module-missing'),
        },
        {
          path: '/opt/broken/libp11.so',
          kind: 'other',
          origin: 'environment',
          loaded: false,
          library: null,
          error: tokenError('module-failed'),
        },
      ],
      slots: [],
    });
    const { api } = await showTokens(tokens);
    const notice = within(await screen.findByTestId('cryptolib-missing'));
    expect(notice.getByText('La Cryptolib CPS n’est pas installée')).toBeTruthy();
    expect(notice.getByText(/Téléchargez la Cryptolib CPS/)).toBeTruthy();
    fireEvent.click(notice.getByRole('button', { name: /Site de l’ANS/ }));
    await waitFor(() =>
      expect(api.shell.openExternal).toHaveBeenCalledWith({ url: 'https://esante.gouv.fr/' }),
    );

    const modules = screen.getAllByTestId('token-module');
    expect(modules.map((m) => m.getAttribute('data-state'))).toEqual(['missing', 'failed']);
    expect(within(modules[1]!).getByTestId('module-error').textContent).toMatch(/n’a pas pu démarrer/);
    expect(screen.getByTestId('slots-empty')).toBeTruthy();
  });

  it('shows the PIN state as badges, and the unblock procedure for a locked card', async () => {
    await showTokens(
      tokensFake({
        ...VIEW,
        slots: [
          readerSlot(cpsCard({ pin: pinState({ locked: true }) })),
          softSlot(softToken({ pin: pinState({ countLow: true }) })),
        ],
      }),
    );
    const card = cardOf('CPS de MARTIN');
    expect(card.getByTestId('badge-locked').textContent).toBe('Code PIN bloqué');
    expect(card.getByTestId('pin-locked').textContent).toMatch(/code de déblocage à 8 chiffres \(PUK\)/);
    expect(card.getByTestId('pin-locked').textContent).toMatch(/Cryptolib CPS/);
    expect(cardOf('Jeton de test').getByTestId('badge-count-low').textContent).toBe(
      'Essais restants faibles',
    );
  });

  it('follows tokens.changed: a card removed, then inserted again, without reading the view again', async () => {
    const tokens = tokensFake();
    const { emit } = await showTokens(tokens);
    expect(screen.getAllByTestId('token-card')).toHaveLength(2);

    act(() => emit('tokens.changed', { slots: [readerSlot(null), softSlot(softToken())] }));
    expect(screen.getAllByTestId('token-card')).toHaveLength(1);
    expect(within(screen.getAllByTestId('token-slot')[0]!).getByText('Aucune carte insérée')).toBeTruthy();

    act(() =>
      emit('tokens.changed', {
        slots: [readerSlot(cpsCard({ label: 'CPS de DURAND', generation: 'CPS4' })), softSlot(softToken())],
      }),
    );
    expect(cardOf('CPS de DURAND').getByTestId('badge-cps').textContent).toBe('Carte CPS · CPS4');
    expect(tokens.view).toHaveBeenCalledTimes(1);
  });

  it('"Voir le contenu": holder, certificates with role, expiry and key, without a PIN', async () => {
    const tokens = tokensFake();
    await showTokens(tokens);
    const card = cardOf('CPS de MARTIN');
    fireEvent.click(card.getByRole('button', { name: 'Voir le contenu' }));
    const contents = within(await card.findByTestId('token-contents'));
    expect(tokens.contents).toHaveBeenCalledWith({ token: { module: CRYPTOLIB, serial: '8025000001' } });

    const holder = within(contents.getByTestId('card-holder'));
    expect(holder.getByText('Jeanne MARTIN')).toBeTruthy();
    expect(holder.getByText('RPPS 10001234567')).toBeTruthy();
    expect(holder.getByText('Médecin (10)')).toBeTruthy();
    expect(holder.getByText('CPS_NAME_PS : MARTIN JEANNE')).toBeTruthy();

    const certs = contents.getAllByTestId('token-certificate').map((c) => within(c));
    expect(certs.map((c) => c.getByTestId('certificate-role').textContent)).toEqual([
      'Authentification',
      'Signature',
    ]);
    expect(certs[0]!.getByTestId('certificate-expiry').textContent).toBe('expire le 25 avril 2028');
    // Private keys are private objects: before the PIN, the page does not say "no key".
    expect(certs[0]!.getByTestId('certificate-key').textContent).toBe('clé privée visible après le code PIN');
    expect(certs[0]!.getByTestId('igc-genuine')).toBeTruthy();
    expect(certs[0]!.getByTestId('env-badge').textContent).toBe('TEST');
    expect(certs[1]!.getByText('Hors IGC-Santé')).toBeTruthy();
    expect(contents.getByText('Aucune clé visible.')).toBeTruthy();
    expect(contents.getByText(/Seuls les objets publics sont affichés/)).toBeTruthy();
  });

  it('"Déverrouiller avec le code PIN": the PIN goes with one contents call, private objects are listed', async () => {
    const tokens = tokensFake();
    await showTokens(tokens);
    const card = cardOf('CPS de MARTIN');
    fireEvent.click(card.getByRole('button', { name: 'Voir le contenu' }));
    await card.findByTestId('token-contents');
    fireEvent.click(card.getByRole('button', { name: 'Déverrouiller avec le code PIN' }));

    const dialog = within(await screen.findByRole('dialog', { name: 'Code PIN de la carte' }));
    fireEvent.change(dialog.getByLabelText(/Code PIN/), { target: { value: '1234' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Valider' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(tokens.contents).toHaveBeenLastCalledWith({
      token: { module: CRYPTOLIB, serial: '8025000001' },
      pin: '1234',
    });
    const contents = within(card.getByTestId('token-contents'));
    expect(contents.getByText(/Code PIN vérifié/)).toBeTruthy();
    expect(contents.getAllByTestId('certificate-key')[0]!.textContent).toBe(
      'Clé associée : Clé d’authentification',
    );
    expect(contents.getByTestId('key-non-extractable').textContent).toBe('non exportable');
    expect(card.queryByRole('button', { name: 'Déverrouiller avec le code PIN' })).toBeNull();
    // The keyboard is not lost with the button that opened the dialog.
    await waitFor(() => expect(document.activeElement).toBe(card.getByTestId('token-show-contents')));
  });

  it('a wrong PIN updates the card’s badges too', async () => {
    const contents = vi.fn(async ({ pin }: { pin?: string }) =>
      pin === undefined
        ? { ok: true as const, value: cardContents(false) }
        : {
            ok: false as const,
            error: tokenError('pin-incorrect', pinState({ minLength: 4, maxLength: 4, finalTry: true })),
          },
    );
    await showTokens(tokensFake(VIEW, { contents }));
    const card = cardOf('CPS de MARTIN');
    fireEvent.click(card.getByRole('button', { name: 'Voir le contenu' }));
    fireEvent.click(await card.findByRole('button', { name: 'Déverrouiller avec le code PIN' }));
    const dialog = within(await screen.findByRole('dialog'));
    fireEvent.change(dialog.getByLabelText(/Code PIN/), { target: { value: '0000' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Valider' }));
    expect(await dialog.findByText(/^Code PIN incorrect/)).toBeTruthy();
    expect(card.getByTestId('badge-final-try').textContent).toBe('Dernier essai');
  });

  it('a contents error is said in words with its next step', async () => {
    const contents = vi.fn(async () => ({ ok: false as const, error: tokenError('token-absent') }));
    await showTokens(tokensFake(VIEW, { contents }));
    const card = cardOf('CPS de MARTIN');
    fireEvent.click(card.getByRole('button', { name: 'Voir le contenu' }));
    const alert = await card.findByRole('alert');
    expect(alert.textContent).toMatch(/Le contenu n’a pas pu être lu/);
    expect(alert.textContent).toMatch(/Insérez-le de nouveau dans le lecteur/);
  });

  it('adds a module chosen in the system dialog (main opens it): the window sends no path', async () => {
    const added = { ...VIEW, modules: [...VIEW.modules, OPENSC_MODULE] };
    const addModule = vi.fn(async () => ({ ok: true as const, value: added }));
    await showTokens(tokensFake(VIEW, { addModule }));
    expect(screen.queryByTestId('module-path')).toBeNull();
    fireEvent.click(screen.getByTestId('module-add'));
    await waitFor(() => expect(screen.getAllByTestId('token-module')).toHaveLength(3));
    expect(addModule).toHaveBeenCalledWith({});
  });

  it('where there is no dialog (dev bridge), the path is typed, then sent', async () => {
    const added = { ...VIEW, modules: [...VIEW.modules, OPENSC_MODULE] };
    const addModule = vi
      .fn<TokensFake['addModule']>()
      .mockResolvedValueOnce({ ok: false, error: tokenError('no-dialog') })
      .mockResolvedValueOnce({ ok: true, value: added });
    await showTokens(tokensFake(VIEW, { addModule }));
    fireEvent.click(screen.getByTestId('module-add'));
    const field = await screen.findByLabelText(/Chemin d’un autre module PKCS#11/);
    fireEvent.change(field, { target: { value: ' /usr/lib/opensc-pkcs11.so ' } });
    fireEvent.click(screen.getByTestId('module-add'));
    await waitFor(() => expect(screen.getAllByTestId('token-module')).toHaveLength(3));
    expect(addModule).toHaveBeenLastCalledWith({ path: '/usr/lib/opensc-pkcs11.so' });
  });

  it('in English too', async () => {
    renderAppWithTokens(tokensFake(), 'en');
    fireEvent.click(screen.getByRole('button', { name: 'Cards and tokens' }));
    const card = within((await screen.findAllByTestId('token-card'))[0]!);
    expect(card.getByTestId('badge-cps').textContent).toBe('CPS card · CPS3');
    expect(card.getByRole('button', { name: 'Show contents' })).toBeTruthy();
  });
});
