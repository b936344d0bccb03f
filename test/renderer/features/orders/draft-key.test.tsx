import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../../../src/renderer/app.js';
import type { RendererApi } from '../../../../src/shared/ipc/types.js';
import { createFakeApi } from '../../helpers/fake-api.js';
import { makeOrder } from '../../helpers/fake-orders.js';
import { render } from '@testing-library/react';
import { SOFTHSM, softSlot, softToken, tokenError, tokensFake, pinState } from '../tokens/token-fixtures.js';

const SERIAL = softToken().serial;

/** A renewal draft in "Mes commandes": its key made on the token present, with its PIN. */
const renderWithDraft = (tokens = tokensFake({ modules: [], slots: [softSlot(softToken())] })) => {
  const fake = createFakeApi();
  const draft = makeOrder({ product: 'ORG_AUTH_CLI', state: 'draft', renews: 'A'.repeat(64) });
  fake.backend.state.orders = [draft];
  const api: RendererApi = { ...fake.api, tokens };
  render(<App api={api} language="fr" env="test" />);
  fireEvent.click(screen.getByTestId('nav-orders'));
  return { fake, draft, api };
};

describe('"Générer la clé" on a draft order', () => {
  it('makes the key on the token chosen, the PIN sent with that one call', async () => {
    const { fake, draft } = renderWithDraft();
    fireEvent.click(await screen.findByTestId('order-generate-key'));
    const dialog = within(await screen.findByTestId('draft-key-dialog'));
    fireEvent.click(await dialog.findByTestId(`key-place-token-${SERIAL}`));
    fireEvent.click(dialog.getByTestId('draft-key-generate'));
    const pin = within(await screen.findByTestId('pin-form'));
    fireEvent.change(pin.getByTestId('pin-input'), { target: { value: '87654321' } });
    fireEvent.click(pin.getByTestId('pin-submit'));
    await waitFor(() =>
      expect(fake.api.orders.generateKey).toHaveBeenCalledWith({
        orderId: draft.id,
        onToken: { token: { module: SOFTHSM, serial: SERIAL }, pin: '87654321' },
      }),
    );
    await waitFor(() => expect(screen.queryByTestId('draft-key-dialog')).toBeNull());
  });

  it("a wrong PIN keeps the PIN dialog open with the card's answer; no key is made", async () => {
    const { fake } = renderWithDraft();
    vi.mocked(fake.api.orders.generateKey).mockResolvedValueOnce({
      ok: false,
      error: {
        code: 'token-failed',
        message: 'wrong PIN',
        token: tokenError('pin-incorrect', pinState({ countLow: true })),
      },
    });
    fireEvent.click(await screen.findByTestId('order-generate-key'));
    const dialog = within(await screen.findByTestId('draft-key-dialog'));
    fireEvent.click(await dialog.findByTestId(`key-place-token-${SERIAL}`));
    fireEvent.click(dialog.getByTestId('draft-key-generate'));
    const pin = within(await screen.findByTestId('pin-form'));
    fireEvent.change(pin.getByTestId('pin-input'), { target: { value: '00000000' } });
    fireEvent.click(pin.getByTestId('pin-submit'));
    expect(await screen.findByTestId('pin-error')).toBeTruthy();
    expect(await screen.findByTestId('pin-count-low')).toBeTruthy();
    expect(screen.getByTestId('draft-key-dialog')).toBeTruthy();
  });

  it('without a writable token, only the vault is offered (no place to choose)', async () => {
    const tokens = tokensFake({ modules: [], slots: [softSlot(softToken({ writeProtected: true }))] });
    renderWithDraft(tokens);
    fireEvent.click(await screen.findByTestId('order-generate-key'));
    const dialog = within(await screen.findByTestId('draft-key-dialog'));
    await waitFor(() => expect(tokens.view).toHaveBeenCalled());
    await act(async () => undefined);
    expect(dialog.queryByTestId('key-place-vault')).toBeNull();
    expect(dialog.getByTestId('draft-key-generate')).toBeTruthy();
  });
});
