import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { makeOrder, NOW } from '../../helpers/fake-orders.js';
import { renderApp } from '../../helpers/render-app.js';
import { detailOf, listing, makeEntry } from './inventory-fixtures.js';

/** A retrieved order kept with its key: the drawer offers its custody dialogs too. */
const setup = () => {
  const order = makeOrder({
    state: 'issued',
    keyRef: { store: 'vault', keyId: 'k1' },
    certificate: { pem: '', sha256: 'C3'.repeat(32), notAfter: '2029-03-02T09:30:00.000Z', retrievedAt: NOW },
  });
  const entry = makeEntry({ days: 20, status: 'renew-now', orderId: order.id });
  const fake = renderApp({
    inventory: {
      list: listing([entry]),
      detail: vi.fn(async () => ({ ok: true as const, value: detailOf(entry) })),
    },
  });
  fake.backend.state.orders = [order];
  return fake;
};

const openDrawer = async () => {
  fireEvent.click((await screen.findAllByTestId('certificate-row'))[0]!);
  return screen.findByTestId('certificate-drawer');
};

/** The drawer's own dialog element (its title names it), as opposed to the modals over it. */
const drawerLayer = () => screen.getByRole('dialog', { name: 'Détail du certificat' });

/** Escape where the person is: on whatever has the focus, as a keyboard would. */
const pressEscape = () => fireEvent.keyDown(document.activeElement ?? document.body, { key: 'Escape' });

/** Waits for the modal's focus trap, then presses Escape in it: only the modal goes. */
const escapeFrom = async (modalName: string, opener: HTMLElement) => {
  const modal = await screen.findByRole('dialog', { name: modalName });
  await waitFor(() => expect(modal.contains(document.activeElement)).toBe(true));
  pressEscape();
  await waitFor(() => expect(screen.queryByRole('dialog', { name: modalName })).toBeNull());
  expect(screen.getByTestId('certificate-drawer')).toBeTruthy();
  // The keyboard is back in the drawer, on what opened the modal.
  await waitFor(() => expect(document.activeElement).toBe(opener));
};

describe('Escape over the certificate drawer', () => {
  it('closes only the topmost layer: each modal first, then the drawer', async () => {
    setup();
    const drawer = within(await openDrawer());
    expect(drawerLayer()).toBeTruthy();

    const forget = drawer.getByTestId('drawer-forget');
    forget.focus();
    fireEvent.click(forget);
    await escapeFrom('Oublier ce certificat ?', forget);

    const reveal = await drawer.findByTestId('order-reveal-code');
    reveal.focus();
    fireEvent.click(reveal);
    await escapeFrom('Afficher le code de révocation', reveal);

    // Nothing over the drawer any more: Escape now closes it.
    pressEscape();
    await waitFor(() => expect(screen.queryByTestId('certificate-drawer')).toBeNull());
  });

  it('still closes the drawer on the first Escape when nothing is open over it', async () => {
    setup();
    await openDrawer();
    await waitFor(() => expect(drawerLayer().contains(document.activeElement)).toBe(true));
    pressEscape();
    await waitFor(() => expect(screen.queryByTestId('certificate-drawer')).toBeNull());
  });

  it('leaves the drawer open when Escape closes the snooze date picker', async () => {
    setup();
    const drawer = within(await openDrawer());
    fireEvent.click(drawer.getByTestId('drawer-snooze'));
    fireEvent.click(await screen.findByTestId('snooze-date'));
    const day = await screen.findByTestId('snooze-day');
    await waitFor(() => expect(document.activeElement).toBe(day));
    pressEscape();
    await waitFor(() => expect(screen.queryByTestId('snooze-day')).toBeNull());
    expect(screen.getByTestId('certificate-drawer')).toBeTruthy();
  });
});
