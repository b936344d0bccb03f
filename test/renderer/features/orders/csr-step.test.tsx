import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LINKS } from '../../../../src/shared/links.js';
import { FAKE_CSR_PEM } from '../../helpers/fake-orders.js';
import { renderApp } from '../../helpers/render-app.js';
import { next, reachKeysStep } from './wizard-driver.js';

afterEach(() => vi.restoreAllMocks());

const toCsrStep = async () => {
  const fake = renderApp();
  await reachKeysStep();
  fireEvent.click(await screen.findByTestId('generate-keys'));
  await waitFor(() =>
    expect(screen.getByTestId('order-progress-ORG_SIGN').getAttribute('data-stage')).toBe('done'),
  );
  next();
  expect(await screen.findByRole('heading', { level: 2, name: 'Demande (CSR)' })).toBeTruthy();
  return fake;
};

describe('order wizard, step 4: the CSR and the platform', () => {
  it('shows each PEM, copies it, and names the next steps on the platform', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    const { api, backend } = await toCsrStep();

    const pem = await screen.findByTestId('csr-pem-ORG_AUTH_CLI');
    expect(pem.textContent).toBe(FAKE_CSR_PEM.trim());
    expect(screen.getByTestId('csr-pem-ORG_SIGN')).toBeTruthy();
    expect(api.orders.exportCsr).toHaveBeenCalledTimes(2);
    expect(backend.state.orders.map((o) => o.state)).toEqual(['csr-exported', 'csr-exported']);

    fireEvent.click(screen.getByTestId('csr-copy-ORG_AUTH_CLI'));
    expect(writeText).toHaveBeenCalledWith(FAKE_CSR_PEM);
    expect(await screen.findByText('Copié')).toBeTruthy();

    const panel = screen.getByTestId('csr-panel-ORG_AUTH_CLI');
    const steps = within(panel)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(steps[0]).toMatch(/plateforme de TEST de l’IGC-Santé avec votre carte de test/);
    expect(steps[1]).toBe(
      'Choisissez l’offre « Personne morale — Organisation (ORG) », l’usage « Authentification (AUTH_CLI) » ' +
        'et votre structure : CENTRE DE SANTE RPPS22163 (FINESS 0B0221636).',
    );
    expect(steps[2]).toContain('« org_auth_cli.csr »');
    expect(steps.join(' ')).toMatch(/code de révocation/);
    expect(steps.join(' ')).toMatch(/courriel/);

    fireEvent.click(within(panel).getByTestId('open-platform'));
    expect(api.shell.openExternal).toHaveBeenCalledWith({ url: LINKS.igcSanteHome });
  });

  it('saves the PEM as a file with the name main chose', async () => {
    await toCsrStep();
    const createObjectURL = vi.fn(() => 'blob:vigie/1');
    Object.defineProperty(URL, 'createObjectURL', { configurable: true, value: createObjectURL });
    Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: vi.fn() });
    const clicked: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });

    fireEvent.click(await screen.findByTestId('csr-save-ORG_SIGN'));
    expect(clicked).toEqual([{ href: 'blob:vigie/1', download: 'org_sign.csr' }]);
    const blob = (createObjectURL.mock.calls[0] as unknown as [Blob])[0];
    expect(await blob.text()).toBe(FAKE_CSR_PEM);
  });

  it('"C’est fait" marks the order submitted, then says what comes next', async () => {
    const { api, backend } = await toCsrStep();
    fireEvent.click(await screen.findByTestId('mark-submitted-ORG_AUTH_CLI'));
    expect(await screen.findByText(/^Demande déposée : attendez le courriel/)).toBeTruthy();
    expect(api.orders.markSubmitted).toHaveBeenCalledTimes(1);
    expect(screen.queryByTestId('mark-submitted-ORG_AUTH_CLI')).toBeNull();
    expect(screen.getByTestId('mark-submitted-ORG_SIGN')).toBeTruthy();
    expect(backend.state.orders.map((o) => o.state).sort()).toEqual(['csr-exported', 'submitted']);

    fireEvent.click(screen.getByTestId('wizard-show-orders'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Mes commandes' })).toBeTruthy();
    const rows = await screen.findAllByTestId('order-row');
    expect(rows).toHaveLength(2);

    // Seen again from the list: the wizard's hidden panels are gone, so one element per test id.
    const signRow = rows.find((r) => r.textContent?.includes('ORG SIGN'))!;
    fireEvent.click(within(signRow).getByTestId('order-export'));
    const dialog = await screen.findByRole('dialog', { name: 'Demande de certificat (CSR)' });
    expect(await within(dialog).findByTestId('csr-pem-ORG_SIGN')).toBeTruthy();
    expect(screen.getAllByTestId('csr-pem-ORG_SIGN')).toHaveLength(1);
    expect(screen.getAllByTestId('mark-submitted-ORG_SIGN')).toHaveLength(1);
  });
});
