import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../helpers/render-app.js';
import { blur, fillStructure, next, openWizard, pickOption, pickProjects, type } from './wizard-driver.js';

/** The error text Mantine shows under one field (the field's own wrapper). */
const errorOf = (testId: string) => {
  const input = screen.getByTestId(testId);
  const describedBy = input.getAttribute('aria-describedby') ?? '';
  const error = describedBy
    .split(' ')
    .map((id) => document.getElementById(id))
    .find((el) => el?.getAttribute('data-testid') === 'field-error');
  return error?.textContent ?? null;
};

const toHolderStep = async (...projects: string[]) => {
  renderApp();
  await openWizard();
  pickProjects(...projects);
  fireEvent.click(screen.getByTestId('env-test'));
  next();
  expect(await screen.findByRole('heading', { level: 2, name: 'Titulaire' })).toBeTruthy();
};

describe('order wizard, step 2: the holder, checked as it is typed', () => {
  it('a FINESS whose check digit is wrong says so, in French, with what is expected', async () => {
    await toHolderStep('DMP');
    type('holder-structure-id', '690000014');
    expect(errorOf('holder-structure-id')).toBe(
      'FINESS : Le dernier chiffre (la clé) ne correspond pas au reste : un chiffre a sans doute été mal recopié. ' +
        'Attendu : 9 caractères : le département (2A/2B pour la Corse) puis 7 chiffres.',
    );
    type('holder-structure-id', '690000013');
    expect(errorOf('holder-structure-id')).toBeNull();
    expect(screen.getByText('Clé de contrôle vérifiée.')).toBeTruthy();
  });

  it('a SIRET failing the Luhn key is refused; a short one only once the field is left', async () => {
    await toHolderStep('AMC');
    fireEvent.change(screen.getByTestId('holder-structure-type'), { target: { value: 'SIRET' } });
    expect(screen.getByText('Numéro SIRET')).toBeTruthy();

    fireEvent.focus(screen.getByTestId('holder-structure-id'));
    type('holder-structure-id', '7328293');
    // Still typing: no "wrong length" shouted mid-number.
    expect(errorOf('holder-structure-id')).toBeNull();
    blur('holder-structure-id');
    expect(errorOf('holder-structure-id')).toMatch(
      /^SIRET : Le numéro n'a pas le bon nombre de caractères\./,
    );

    type('holder-structure-id', '73282932000075');
    expect(errorOf('holder-structure-id')).toMatch(
      /^SIRET : Le dernier chiffre \(la clé\) ne correspond pas/,
    );
    type('holder-structure-id', '732 829 320 00074');
    expect(errorOf('holder-structure-id')).toBeNull();
  });

  it('an emptied legal name is required; trying to go on marks every missing field', async () => {
    await toHolderStep('AMC');
    type('holder-legal-name', 'Cabinet');
    type('holder-legal-name', '');
    expect(errorOf('holder-legal-name')).toBe('Ce champ est obligatoire.');

    next();
    expect(screen.getByRole('heading', { level: 2, name: 'Titulaire' })).toBeTruthy();
    expect(errorOf('holder-structure-id')).toMatch(/^FINESS : Le numéro est vide\./);
    expect(errorOf('holder-departement')).toBe('Ce champ est obligatoire.');
    expect(errorOf('holder-cn-ORG_AUTH_CLI')).toBe('Ce champ est obligatoire.');
    // The keyboard goes to the first field to fix.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('holder-legal-name')));
  });

  it('INSi refuses any other name than INSI-AUTO / INSI-MANU', async () => {
    await toHolderStep('INSI');
    type('holder-cn-ORG_AUTH_CLI', 'Mon logiciel');
    expect(errorOf('holder-cn-ORG_AUTH_CLI')).toBe(
      'Pour INSi, le nom du certificat doit être exactement INSI-AUTO ou INSI-MANU.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'INSI-MANU' }));
    expect((screen.getByTestId('holder-cn-ORG_AUTH_CLI') as HTMLInputElement).value).toBe('INSI-MANU');
    expect(errorOf('holder-cn-ORG_AUTH_CLI')).toBeNull();
  });

  it('shows the exact subject of each certificate, in DER order, once the fields are right', async () => {
    await toHolderStep('DMP');
    const preview = screen.getByTestId('dn-preview-ORG_AUTH_CLI');
    expect(preview.getAttribute('data-complete')).toBe('false');
    expect(preview.textContent).toContain('ST=‹Département, sous la forme « Rhône (69) »›');

    await fillStructure();
    type('holder-cn-ORG_AUTH_CLI', 'Logiciel de cabinet');
    expect(preview.getAttribute('data-complete')).toBe('true');
    expect(preview.textContent).toBe(
      [
        'C=FR',
        'ST=Rhône (69)',
        'O=CENTRE DE SANTE RPPS22163',
        'OU=10B0221636',
        'CN=Logiciel de cabinet',
      ].join('\n'),
    );
    // The other certificate waits for its own name.
    expect(screen.getByTestId('dn-preview-ORG_SIGN').getAttribute('data-complete')).toBe('false');
  });

  it('a TLS server: CN is the FQDN, extra names follow it in the SAN list', async () => {
    await toHolderStep('MSSANTE');
    await fillStructure();
    type('holder-cn-SERV_SSL', 'MSS.Hopital-Exemple.fr');
    const dns = screen.getByTestId('holder-dns-SERV_SSL');
    // Mantine ignores changes to an unfocused combobox (autofill guard): focus it like a person would.
    act(() => dns.focus());
    fireEvent.change(dns, { target: { value: 'mss2.hopital-exemple.fr' } });
    fireEvent.keyDown(dns, { key: 'Enter' });
    const preview = screen.getByTestId('dn-preview-SERV_SSL');
    expect(preview.textContent).toContain('CN=mss.hopital-exemple.fr');
    expect(preview.textContent).toContain('DNS=mss.hopital-exemple.fr\nDNS=mss2.hopital-exemple.fr');

    type('holder-cn-SERV_SSL', 'serveur');
    expect(errorOf('holder-cn-SERV_SSL')).toMatch(/^Indiquez le nom complet du serveur, avec son domaine/);
  });

  it('a health professional: one multi-valued RDN {SN + CN + GN} after the title', async () => {
    renderApp();
    await openWizard();
    fireEvent.click(screen.getByRole('radio', { name: 'Par certificat (avancé)' }));
    await pickOption(
      'product-select',
      'Signature du professionnel de',
      'Signature du professionnel de santé (PS SIGN)',
    );
    fireEvent.click(screen.getByTestId('env-production'));
    next();
    expect(await screen.findByRole('group', { name: 'Le professionnel de santé' })).toBeTruthy();
    type('holder-person-id', '10001234565');
    type('holder-surname', 'Dupont');
    type('holder-given-name', 'Jeanne');
    await pickOption('holder-profession', 'Méd', 'Médecin');
    const preview = screen.getByTestId('dn-preview-PS_SIGN');
    expect(within(preview.parentElement!).getByText('Sujet exact du certificat')).toBeTruthy();
    expect(preview.textContent).toBe(
      ['C=FR', 'title=Médecin', 'SN=Dupont + CN=810001234565 + GN=Jeanne'].join('\n'),
    );
  });

  it('a professional in a structure (PRO): the person and the structure they work for', async () => {
    renderApp();
    await openWizard();
    fireEvent.click(screen.getByRole('radio', { name: 'Par certificat (avancé)' }));
    await pickOption(
      'product-select',
      'Authentification du professionnel (',
      'Authentification du professionnel (PRO AUTH)',
    );
    expect(screen.getByText(/son contenu est déduit par analogie/)).toBeTruthy();
    fireEvent.click(screen.getByTestId('env-test'));
    next();
    expect(await screen.findByRole('group', { name: 'La structure où il exerce' })).toBeTruthy();
    type('holder-person-id', '10001234565');
    type('holder-surname', 'Dupont');
    type('holder-given-name', 'Jeanne');
    await pickOption('holder-profession', 'Méd', 'Médecin');
    type('holder-structure-id', '690000014');
    expect(errorOf('holder-structure-id')).toMatch(/^FINESS : Le dernier chiffre/);
    type('holder-structure-id', '0B0221636');
    type('holder-legal-name', 'CENTRE DE SANTE RPPS22163');
    await pickOption('holder-departement', 'Rhô', '69 — Rhône');
    expect(screen.getByTestId('dn-preview-PRO_AUTH').textContent).toBe(
      [
        'C=FR',
        'ST=Rhône (69)',
        'O=CENTRE DE SANTE RPPS22163',
        'OU=10B0221636',
        'title=Médecin',
        'SN=Dupont + CN=810001234565 + GN=Jeanne',
      ].join('\n'),
    );
  });
});
