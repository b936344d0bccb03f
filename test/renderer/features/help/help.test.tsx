import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { LINKS } from '../../../../src/shared/links.js';
import { renderApp } from '../../helpers/render-app.js';
import { openWizard } from '../orders/wizard-driver.js';

const ok = <T,>(value: T) => ({ ok: true as const, value });

describe('help page', () => {
  it('covers the CPS card, the platform steps and the certificate types', () => {
    renderApp();
    fireEvent.click(screen.getByTestId('nav-help'));
    const page = screen.getByTestId('help-page');
    for (const title of [
      'Installer la Cryptolib CPS et lire sa carte',
      'Les étapes sur la plateforme IGC-Santé',
      'Les types de certificats',
      'Modifier mon profil',
    ])
      expect(within(page).getByRole('heading', { name: title })).toBeTruthy();
    expect(within(page).getByText(/cps3_pkcs11_w64\.dll/)).toBeTruthy();
    expect(within(page).getByText(/libcps3_pkcs11_lux\.so/)).toBeTruthy();
    expect(within(page).getByText(/code de révocation : notez-le/)).toBeTruthy();
    expect(within(page).getByText(/tant que le certificat est encore valide/)).toBeTruthy();
    for (const offer of ['ORG — ', 'SERV — ', 'PRO — ', 'PS — '])
      expect(within(page).getByText((text) => text.startsWith(offer))).toBeTruthy();
  });

  it('opens the IGC-Santé site through main, never in the window', async () => {
    const { api } = renderApp();
    fireEvent.click(screen.getByTestId('nav-help'));
    fireEvent.click(
      within(screen.getByTestId('help-page')).getByRole('button', { name: /Le site de l’IGC-Santé/ }),
    );
    await waitFor(() => expect(api.shell.openExternal).toHaveBeenCalledWith({ url: LINKS.igcSanteHome }));
  });

  it('changes the profile: new thresholds, new default platform', async () => {
    const { api } = renderApp({ inventory: { setDeadlines: vi.fn(async (s) => ok(s)) } });
    fireEvent.click(screen.getByTestId('nav-help'));
    const page = within(screen.getByTestId('help-page'));
    expect(page.getByTestId('profile-current').textContent).toBe('Aucun profil choisi pour l’instant.');
    fireEvent.click(page.getByRole('radio', { name: /Équipe informatique/ }));
    fireEvent.click(page.getByRole('radio', { name: /Plateforme de TEST/ }));
    fireEvent.click(page.getByTestId('profile-save'));
    expect(await page.findByText('Profil enregistré.')).toBeTruthy();
    expect(api.inventory.setDeadlines).toHaveBeenCalledWith({
      thresholds: [90, 60, 30, 14, 7, 1],
      renewNowDays: 30,
    });
    expect(page.getByTestId('profile-current').textContent).toBe(
      'Profil actuel : Équipe informatique — Plateforme de TEST.',
    );
  });
});

describe('"pourquoi ?" in the order wizard', () => {
  it('every step component has one', () => {
    const dir = join(import.meta.dirname, '../../../../src/renderer/features/orders/wizard');
    const steps = readdirSync(dir).filter((f) => /^step-.*\.tsx$/.test(f) && f !== 'step-frame.tsx');
    expect(steps.length).toBeGreaterThanOrEqual(4);
    for (const file of steps)
      expect(readFileSync(join(dir, file), 'utf8').match(/<WhyHint>/g), file).toHaveLength(1);
  });

  it('is a button that shows its reason', async () => {
    renderApp();
    await openWizard();
    const hints = await screen.findAllByTestId('why-hint');
    const hint = hints.find((h) => h.closest('[hidden]') === null);
    if (!hint) throw new Error('no visible "pourquoi ?" on the first step');
    expect(hint.textContent).toBe('Pourquoi ?');
    expect(hint.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(hint);
    expect(hint.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText(/L’IGC-Santé délivre un produit par usage/)).toBeTruthy();
  });
});
