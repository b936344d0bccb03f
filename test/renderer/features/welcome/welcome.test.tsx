import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../../../src/renderer/app.js';
import { createFakeApi, type FakeOverrides } from '../../helpers/fake-api.js';

const ok = <T,>(value: T) => ({ ok: true as const, value });

const start = (overrides: FakeOverrides = {}) => {
  const fake = createFakeApi({
    inventory: { setDeadlines: vi.fn(async (settings) => ok(settings)) },
    ...overrides,
  });
  const view = render(<App api={fake.api} language="fr" env="test" askProfile />);
  return { ...fake, ...view };
};

const welcome = () => within(screen.getByTestId('welcome-page'));

const navOrder = () =>
  within(screen.getByRole('navigation', { name: 'Navigation principale' }))
    .getAllByRole('button')
    .map((b) => b.getAttribute('data-testid'));

describe('first start: "Qui êtes-vous ?"', () => {
  it('opens on the question, keyboard on the heading, and asks for an answer before going on', async () => {
    const { api } = start();
    const heading = screen.getByRole('heading', { level: 1, name: 'Qui êtes-vous ?' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(welcome().getByRole('radio', { name: /Professionnel de santé/ })).toBeTruthy();
    expect(
      welcome().getByRole('radio', { name: /Structure \(cabinet, centre de santé, établissement\)/ }),
    ).toBeTruthy();
    expect(welcome().getByRole('radio', { name: /Équipe informatique/ })).toBeTruthy();
    expect((welcome().getByRole('radio', { name: /^Production/ }) as HTMLInputElement).checked).toBe(true);

    fireEvent.click(welcome().getByTestId('profile-save'));
    expect(await screen.findByText('Choisissez l’une des trois réponses pour continuer.')).toBeTruthy();
    expect(api.inventory.setDeadlines).not.toHaveBeenCalled();
    expect(screen.getByTestId('welcome-page')).toBeTruthy();
  });

  it('IT team on TEST: 90-day reminders, the dashboard, and the choice is kept', async () => {
    const { api } = start();
    fireEvent.click(welcome().getByRole('radio', { name: /Équipe informatique/ }));
    fireEvent.click(welcome().getByRole('radio', { name: /Plateforme de TEST/ }));
    fireEvent.click(welcome().getByTestId('profile-save'));
    await waitFor(() => expect(screen.queryByTestId('welcome-page')).toBeNull());
    expect(api.inventory.setDeadlines).toHaveBeenCalledWith({
      thresholds: [90, 60, 30, 14, 7, 1],
      renewNowDays: 30,
    });
    expect(JSON.parse(window.localStorage.getItem('vigie.profile') ?? 'null')).toEqual({
      role: 'it',
      environment: 'test',
    });
    expect(screen.getByTestId('nav-certificates').getAttribute('aria-current')).toBe('page');
  });

  it('a health professional gets "Cartes et jetons" right after "Mes certificats", 60-day reminders', async () => {
    const { api } = start();
    fireEvent.click(welcome().getByRole('radio', { name: /Professionnel de santé/ }));
    fireEvent.click(welcome().getByTestId('profile-save'));
    await waitFor(() => expect(screen.queryByTestId('welcome-page')).toBeNull());
    expect(api.inventory.setDeadlines).toHaveBeenCalledWith({
      thresholds: [60, 30, 14, 7, 1],
      renewNowDays: 30,
    });
    expect(navOrder().slice(0, 2)).toEqual(['nav-certificates', 'nav-tokens']);
  });

  it('a structure gets "Mes commandes" second', async () => {
    start();
    fireEvent.click(welcome().getByRole('radio', { name: /Structure/ }));
    fireEvent.click(welcome().getByTestId('profile-save'));
    await waitFor(() => expect(screen.queryByTestId('welcome-page')).toBeNull());
    expect(navOrder().slice(0, 2)).toEqual(['nav-certificates', 'nav-orders']);
  });

  it('says what to do when the reminder dates could not be saved', async () => {
    start({
      inventory: {
        setDeadlines: async () => ({ ok: false as const, error: { code: 'unavailable', message: 'x' } }),
      },
    } as FakeOverrides);
    fireEvent.click(welcome().getByRole('radio', { name: /Équipe informatique/ }));
    fireEvent.click(welcome().getByTestId('profile-save'));
    expect(await welcome().findByTestId('profile-thresholds-failed')).toBeTruthy();
    // The profile itself is kept; "Continuer" goes on once the message is read.
    expect(window.localStorage.getItem('vigie.profile')).not.toBeNull();
    fireEvent.click(welcome().getByRole('button', { name: 'Continuer' }));
    await waitFor(() => expect(screen.queryByTestId('welcome-page')).toBeNull());
  });

  it('is not asked again once a profile is stored, and the order wizard starts on its platform', async () => {
    window.localStorage.setItem('vigie.profile', JSON.stringify({ role: 'structure', environment: 'test' }));
    start();
    expect(screen.queryByTestId('welcome-page')).toBeNull();
    fireEvent.click(screen.getByTestId('nav-order'));
    await waitFor(() => expect((screen.getByTestId('env-test') as HTMLInputElement).checked).toBe(true));
  });

  it('leaving through the navigation skips the question for this session', () => {
    start();
    fireEvent.click(screen.getByTestId('nav-inspect'));
    expect(screen.queryByTestId('welcome-page')).toBeNull();
  });
});
