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
