import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../helpers/render-app.js';

describe('about dialog', () => {
  it('opens on the "about" menu command and shows the version from main', async () => {
    const getInfo = vi.fn(async () => ({
      version: '1.2.3',
      platform: 'linux',
      runtime: 'electron' as const,
    }));
    const { emit } = renderApp({ app: { getInfo } });
    act(() => emit('app.command', { command: 'about' }));
    const dialog = await screen.findByRole('dialog', { name: 'À propos de Vigie' });
    expect(await within(dialog).findByText('1.2.3')).toBeTruthy();
    expect(within(dialog).getByText('Application de bureau')).toBeTruthy();
  });
});

describe('about dialog: Exporter un diagnostic', () => {
  it('asks main for the diagnostic and tells where it was saved', async () => {
    const exportDiagnostic = vi.fn(async () => ({
      ok: true as const,
      value: { path: '/home/u/diagnostic-vigie.json' },
    }));
    const { emit } = renderApp({ diagnostics: { export: exportDiagnostic } });
    act(() => emit('app.command', { command: 'about' }));
    const dialog = await screen.findByRole('dialog', { name: 'À propos de Vigie' });
    expect(within(dialog).getByText(/ni code PIN, ni mot de passe, ni clé privée/)).toBeTruthy();
    act(() => within(dialog).getByRole('button', { name: 'Exporter un diagnostic' }).click());
    expect(
      await within(dialog).findByText('Diagnostic enregistré : /home/u/diagnostic-vigie.json'),
    ).toBeTruthy();
    expect(exportDiagnostic).toHaveBeenCalledWith({});
  });

  it('says so where no file can be saved', async () => {
    const { emit } = renderApp();
    act(() => emit('app.command', { command: 'about' }));
    const dialog = await screen.findByRole('dialog', { name: 'À propos de Vigie' });
    act(() => within(dialog).getByRole('button', { name: 'Exporter un diagnostic' }).click());
    expect(
      await within(dialog).findByText('L’enregistrement d’un fichier n’est pas possible ici.'),
    ).toBeTruthy();
  });
});
