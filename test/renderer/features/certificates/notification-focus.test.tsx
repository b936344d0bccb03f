import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../helpers/render-app.js';
import { detailOf, igcEntry, listing, makeEntry } from './inventory-fixtures.js';

const FIRST = igcEntry(10, 'renew-now');
const OTHER = makeEntry({ days: 200, status: 'valid' });

const showApp = async () => {
  const entries = [FIRST, OTHER];
  const fake = renderApp({
    inventory: {
      list: listing(entries),
      detail: vi.fn(async ({ sha256 }: { sha256: string }) => ({
        ok: true as const,
        value: detailOf(entries.find((e) => e.sha256 === sha256)!),
      })),
    },
  });
  await screen.findAllByTestId('certificate-row');
  return fake;
};

const drawerSha = async () => (await screen.findByTestId('certificate-drawer')).getAttribute('data-sha256');

const closeDrawer = async () => {
  const drawer = screen.getByRole('dialog', { name: 'Détail du certificat' });
  fireEvent.click(within(drawer).getByRole('button', { name: 'Fermer' }));
  await waitFor(() => expect(screen.queryByTestId('certificate-drawer')).toBeNull());
};

describe('a notification click', () => {
  it('reopens the drawer of the same certificate after it was closed', async () => {
    const fake = await showApp();
    act(() => fake.emit('inventory.open', { sha256: FIRST.sha256 }));
    expect(await drawerSha()).toBe(FIRST.sha256);
    await closeDrawer();
    // The same notification again: nothing changed but the click, the drawer comes back.
    act(() => fake.emit('inventory.open', { sha256: FIRST.sha256 }));
    expect(await drawerSha()).toBe(FIRST.sha256);
    await closeDrawer();
    act(() => fake.emit('inventory.open', { sha256: FIRST.sha256 }));
    expect(await drawerSha()).toBe(FIRST.sha256);
  });

  it('moves the drawer to another certificate, and one naming none leaves the list alone', async () => {
    const fake = await showApp();
    act(() => fake.emit('inventory.open', { sha256: FIRST.sha256 }));
    expect(await drawerSha()).toBe(FIRST.sha256);
    act(() => fake.emit('inventory.open', { sha256: OTHER.sha256 }));
    await waitFor(() =>
      expect(screen.getByTestId('certificate-drawer').getAttribute('data-sha256')).toBe(OTHER.sha256),
    );
    await closeDrawer();
    act(() => fake.emit('inventory.open', { sha256: null }));
    expect(screen.queryByTestId('certificate-drawer')).toBeNull();
    expect(screen.getByTestId('nav-certificates').getAttribute('aria-current')).toBe('page');
  });
});
