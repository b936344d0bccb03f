import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeOrder } from '../../helpers/fake-orders.js';
import { renderApp } from '../../helpers/render-app.js';
import { next, openWizard, pickProjects, type } from './wizard-driver.js';

const current = () => document.querySelector('nav [aria-current="page"]')?.getAttribute('data-testid');

describe('navigation between the three places', () => {
  it('starts on "Mes certificats"; the menu commands open the wizard, the list, the inspector', async () => {
    const { emit } = renderApp();
    expect(current()).toBe('nav-certificates');
    expect(screen.getByRole('heading', { level: 1, name: 'Mes certificats' })).toBeTruthy();

    act(() => emit('app.command', { command: 'new-order' }));
    expect(current()).toBe('nav-order');
    expect(screen.getByRole('heading', { level: 1, name: 'Commander un certificat' })).toBeTruthy();

    act(() => emit('app.command', { command: 'orders' }));
    expect(current()).toBe('nav-orders');
    expect(screen.getByRole('heading', { level: 1, name: 'Mes commandes' })).toBeTruthy();
    expect(await screen.findByText('Aucune commande pour le moment.')).toBeTruthy();

    act(() => emit('app.command', { command: 'open-file' }));
    expect(current()).toBe('nav-inspect');
    expect(screen.getByTestId('drop-zone')).toBeTruthy();

    act(() => emit('app.command', { command: 'certificates' }));
    expect(current()).toBe('nav-certificates');
    act(() => emit('app.command', { command: 'add-certificate' }));
    expect(current()).toBe('nav-add');
    act(() => emit('inventory.open', { sha256: null }));
    expect(current()).toBe('nav-certificates');
  });

  it('keeps a half-typed order while the user looks at another place', async () => {
    renderApp();
    await openWizard();
    pickProjects('AMC');
    fireEvent.click(screen.getByTestId('env-test'));
    next();
    type('holder-legal-name', 'Cabinet du Parc');
    fireEvent.click(screen.getByTestId('nav-inspect'));
    fireEvent.click(screen.getByTestId('nav-order'));
    expect((screen.getByTestId('holder-legal-name') as HTMLInputElement).value).toBe('Cabinet du Parc');
  });
});

describe('prerequisites before a first order', () => {
  it('worded for the user type, and remembered once dismissed', async () => {
    const first = renderApp();
    fireEvent.click(screen.getByTestId('nav-order'));
    expect(await screen.findByRole('heading', { name: 'Avant votre première commande' })).toBeTruthy();
    expect(screen.getByText('Être administrateur technique')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'administrateur informatique' }));
    expect(screen.getByText('Obtenir le rôle d’administrateur technique')).toBeTruthy();
    expect(screen.getByText('Une carte de test pour la plateforme de test')).toBeTruthy();
    fireEvent.click(screen.getByTestId('prereq-continue'));
    expect(screen.queryByTestId('prerequisites')).toBeNull();
    expect(screen.getByTestId('project-DMP')).toBeTruthy();
    first.unmount();

    renderApp();
    fireEvent.click(screen.getByTestId('nav-order'));
    expect(screen.queryByTestId('prerequisites')).toBeNull();
    // Still reachable on demand.
    fireEvent.click(screen.getByRole('button', { name: 'Revoir ce qu’il faut avant de commander' }));
    expect(screen.getByTestId('prerequisites')).toBeTruthy();
  });

  it('not shown to someone who already has orders', async () => {
    const { backend } = renderApp();
    backend.state.orders = [makeOrder()];
    fireEvent.click(screen.getByTestId('nav-order'));
    await waitFor(() => expect(screen.getByTestId('project-DMP')).toBeTruthy());
    expect(screen.queryByTestId('prerequisites')).toBeNull();
  });
});
