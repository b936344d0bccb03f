import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { plannedCertificates } from '../../../../src/renderer/features/orders/wizard/plan.js';
import { renderApp } from '../../helpers/render-app.js';
import { next, openWizard, pickOption, pickProjects } from './wizard-driver.js';

const planProducts = () =>
  screen.queryAllByTestId('plan-line').map((line) => line.getAttribute('data-product'));

describe('order wizard, step 1: which service?', () => {
  it('DMP needs an application authentication certificate and an organisation seal', async () => {
    renderApp();
    await openWizard();
    expect(screen.getByRole('heading', { level: 2, name: 'Pour quel service ?' })).toBeTruthy();
    pickProjects('DMP');
    expect(planProducts()).toEqual(['ORG_AUTH_CLI', 'ORG_SIGN']);
    expect(screen.getByText('Vous allez commander 2 certificats')).toBeTruthy();
    expect(screen.getByText("Authentification d'application (ORG AUTH_CLI)")).toBeTruthy();
    expect(screen.getByText('Cachet de la structure (ORG SIGN)')).toBeTruthy();
    expect(screen.getAllByText('Pour : DMP (Dossier médical partagé)')).toHaveLength(2);
  });

  it('ROR alone: either certificate does, the user picks one', async () => {
    renderApp();
    await openWizard();
    pickProjects('ROR');
    fireEvent.click(screen.getByTestId('env-production'));
    expect(planProducts()).toEqual([]);
    const group = screen.getByRole('radiogroup', {
      name: /Pour ROR \(Répertoire opérationnel des ressources\), un seul de ces certificats suffit/,
    });
    expect(within(group).getAllByRole('radio')).toHaveLength(2);

    next();
    expect(screen.getByText('Choisissez l’un des deux certificats.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Pour quel service ?' })).toBeTruthy();

    fireEvent.click(screen.getByTestId('choice-SERV_SSL'));
    expect(planProducts()).toEqual(['SERV_SSL']);
    expect(screen.getByText(/le nom DNS complet du serveur/)).toBeTruthy();
    next();
    expect(await screen.findByRole('heading', { level: 2, name: 'Titulaire' })).toBeTruthy();
  });

  it('ROR with DMP: the DMP certificate already covers ROR, no question asked', async () => {
    renderApp();
    await openWizard();
    pickProjects('DMP', 'ROR');
    expect(planProducts()).toEqual(['ORG_AUTH_CLI', 'ORG_SIGN']);
    expect(screen.queryByRole('radiogroup', { name: /un seul de ces certificats/ })).toBeNull();
  });

  it('INSi gets a certificate of its own, with its imposed name and a warning', async () => {
    renderApp();
    await openWizard();
    pickProjects('DMP', 'INSI');
    expect(planProducts()).toEqual(['ORG_AUTH_CLI', 'ORG_SIGN', 'ORG_AUTH_CLI']);
    const insi = screen.getAllByTestId('plan-line')[2]!;
    expect(within(insi).getByText('Certificat dédié')).toBeTruthy();
    expect(within(insi).getByText('Nom imposé : INSI-AUTO / INSI-MANU')).toBeTruthy();
    expect(within(insi).getByTestId('plan-warning').getAttribute('data-warning')).toBe(
      'insi-own-certificate',
    );
    expect(within(insi).getByText(/INSi demande un certificat à lui seul/)).toBeTruthy();
  });

  it('ORG_CONF chosen directly: warned that it cannot authenticate', async () => {
    renderApp();
    await openWizard();
    fireEvent.click(screen.getByRole('radio', { name: 'Par certificat (avancé)' }));
    await pickOption('product-select', 'Chiffrement vers la', 'Chiffrement vers la structure (ORG CONF)');
    expect(planProducts()).toEqual(['ORG_CONF']);
    expect(screen.getByText(/il ne permet pas de se connecter à un service/)).toBeTruthy();
  });

  it('asks for a service and an environment before going on', async () => {
    renderApp();
    await openWizard();
    next();
    const errors = screen.getAllByTestId('field-error').map((e) => e.textContent);
    expect(errors).toEqual(['Cochez au moins un service.', 'Choisissez l’environnement.']);
    pickProjects('AMC');
    fireEvent.click(screen.getByTestId('env-test'));
    next();
    expect(await screen.findByRole('heading', { level: 2, name: 'Titulaire' })).toBeTruthy();
  });

  it('two certificates of one product get distinct keys (test ids, progress, CSR)', () => {
    const plan = plannedCertificates({ mode: 'projects', projects: ['DMP', 'INSI'], choices: {} });
    expect(plan.map((p) => p.key)).toEqual(['ORG_AUTH_CLI', 'ORG_SIGN', 'ORG_AUTH_CLI-INSI']);
    const insiOnly = plannedCertificates({ mode: 'projects', projects: ['INSI'], choices: {} });
    expect(insiOnly.map((p) => p.key)).toEqual(['ORG_AUTH_CLI']);
  });
});
