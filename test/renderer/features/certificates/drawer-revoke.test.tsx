import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { InventoryEntry } from '../../../../src/shared/model/inventory.js';
import { makeOrder, NOW } from '../../helpers/fake-orders.js';
import { renderApp } from '../../helpers/render-app.js';
import type { FakeOverrides } from '../../helpers/fake-api.js';
import { detailOf, igcEntry, listing, makeEntry } from './inventory-fixtures.js';

const showDrawer = async (entry: InventoryEntry, overrides: FakeOverrides = {}) => {
  const fake = renderApp({
    ...overrides,
    inventory: {
      list: listing([entry]),
      detail: vi.fn(async () => ({ ok: true as const, value: detailOf(entry) })),
    },
  });
  fireEvent.click((await screen.findAllByTestId('certificate-row'))[0]!);
  const drawer = within(await screen.findByTestId('certificate-drawer'));
  return { fake, drawer };
};

const openGuide = async (drawer: ReturnType<typeof within>) => {
  fireEvent.click(await drawer.findByTestId('drawer-revoke'));
  return within(await drawer.findByTestId('revoke-guide'));
};

describe('"Révoquer…" in the certificate drawer', () => {
  it('says when to revoke and how IGC-Santé does it, final, with the code from retrieval', async () => {
    const entry = igcEntry(200, 'valid');
    const { fake, drawer } = await showDrawer(entry);
    const guide = await openGuide(drawer);
    for (const reason of [
      /clé privée est compromise ou perdue/,
      /carte qui porte ce certificat est perdue/,
      /informations du certificat sont fausses/,
      /titulaire quitte la structure/,
    ])
      expect(guide.getByText(reason)).toBeTruthy();
    const steps = within(guide.getByTestId('revoke-steps')).getAllByRole('listitem');
    // A TEST certificate: the TEST platform, with a test card.
    expect(steps[0]!.textContent).toMatch(/plateforme de TEST de l’IGC-Santé/);
    expect(steps[1]!.textContent).toContain(`numéro de série ${entry.serialNumber.match(/../g)!.join(':')}`);
    expect(steps[2]!.textContent).toMatch(/code de révocation choisi lors du retrait/);
    expect(guide.getByText(/définitive : un certificat révoqué ne peut pas être rétabli/)).toBeTruthy();
    expect(guide.getByText(/affichera « Révoqué » .* liste de révocation \(CRL\)/)).toBeTruthy();
    // Not one of Vigie's orders: no code to show, the user kept it.
    expect(guide.getByText(/Vigie ne connaît pas le code de ce certificat/)).toBeTruthy();
    expect(guide.queryByTestId('revoke-show-code')).toBeNull();

    // The official site through main's allowlisted opener, never a navigation.
    fireEvent.click(guide.getByRole('button', { name: /Ouvrir le site de l’IGC-Santé/ }));
    await waitFor(() =>
      expect(fake.api.shell.openExternal).toHaveBeenCalledWith({ url: 'https://igc-sante.esante.gouv.fr/' }),
    );
  });

  it('shows the revocation code Vigie kept for its own order, after the screen question', async () => {
    const order = makeOrder({
      environment: 'production',
      state: 'installed',
      certificate: {
        pem: '',
        sha256: 'B2'.repeat(32),
        notAfter: '2029-03-02T09:30:00.000Z',
        retrievedAt: NOW,
      },
    });
    const base = igcEntry(200, 'valid');
    const entry = { ...base, orderId: order.id, igc: { ...base.igc!, environment: 'production' as const } };
    const revealSecret = vi.fn(async () => ({ ok: true as const, value: { secret: 'ROUGE-GORGE-42' } }));
    const { fake, drawer } = await showDrawer(entry, { custody: { revealSecret } });
    fake.backend.state.orders = [order];
    const guide = await openGuide(drawer);
    expect(within(guide.getByTestId('revoke-steps')).getAllByRole('listitem')[0]!.textContent).toMatch(
      /^Connectez-vous à la plateforme IGC-Santé de l’ANS/,
    );
    expect(await guide.findByText(/code de révocation a pu être gardé dans le trousseau/)).toBeTruthy();
    fireEvent.click(guide.getByTestId('revoke-show-code'));
    const reveal = within(await screen.findByRole('dialog', { name: 'Afficher le code de révocation' }));
    expect(revealSecret).not.toHaveBeenCalled();
    fireEvent.click(reveal.getByTestId('reveal-confirm'));
    expect((await reveal.findByTestId('revealed-secret')).textContent).toBe('ROUGE-GORGE-42');
    expect(revealSecret).toHaveBeenCalledWith({ orderId: order.id, kind: 'revocation-code' });
    // Closing the code goes back to the guidance, the code gone with its dialog.
    const closes = reveal.getAllByRole('button', { name: 'Fermer' });
    fireEvent.click(closes[closes.length - 1]!);
    await waitFor(() => expect(screen.queryByTestId('revealed-secret')).toBeNull());
    expect(screen.getByTestId('revoke-guide')).toBeTruthy();
  });

  it('gives general advice for a certificate from another authority', async () => {
    const entry = makeEntry({ days: 200, status: 'valid' });
    const { drawer } = await showDrawer(entry);
    const guide = await openGuide(drawer);
    expect(guide.getByTestId('revoke-other').textContent).toBe(
      'Ce certificat n’a pas été émis par l’IGC-Santé (autorité : Autorite Exemple). Demandez sa révocation à cette autorité, ou au prestataire qui vous l’a fourni, en suivant sa procédure.',
    );
    expect(guide.queryByTestId('revoke-steps')).toBeNull();
    expect(guide.queryByRole('button', { name: /IGC-Santé/ })).toBeNull();
    expect(guide.getByText(/titulaire quitte la structure/)).toBeTruthy();
  });

  it('unfolds from a button that says it is expanded, and folds back', async () => {
    const { drawer } = await showDrawer(igcEntry(200, 'valid'));
    const button = await drawer.findByTestId('drawer-revoke');
    expect(button.tagName).toBe('BUTTON');
    expect(button.textContent).toBe('Révoquer…');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(drawer.queryByTestId('revoke-guide')).toBeNull();
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const panel = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(within(panel).getByTestId('revoke-guide')).toBeTruthy();
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(drawer.queryByTestId('revoke-guide')).toBeNull();
  });

  it('is not offered once revoked or expired', async () => {
    for (const entry of [igcEntry(200, 'revoked'), igcEntry(-3, 'expired')]) {
      const { drawer, unmount } = await showDrawer(entry).then((r) => ({ ...r, unmount: r.fake.unmount }));
      await drawer.findByTestId('drawer-actions');
      expect(drawer.queryByTestId('drawer-revoke')).toBeNull();
      unmount();
    }
  });
});
