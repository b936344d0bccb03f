import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { PinDialog } from '../../../../src/renderer/features/tokens/pin-dialog.js';
import { pinFits, pinRuleOf } from '../../../../src/renderer/features/tokens/pin-rule.js';
import type { TokenError, TokenSummary } from '../../../../src/shared/model/token.js';
import { cpsCard, pinState, renderWithTokens, softToken, tokenError } from './token-fixtures.js';

type Submit = (pin: string) => Promise<TokenError | null>;

/** The dialog as a caller uses it: open until it says it is done. */
const Harness = ({
  token,
  onSubmit,
  onClosed,
}: {
  token: TokenSummary;
  onSubmit: Submit;
  onClosed: () => void;
}) => {
  const [open, setOpen] = useState(true);
  return (
    <PinDialog
      token={open ? token : null}
      onSubmit={onSubmit}
      onClose={() => {
        setOpen(false);
        onClosed();
      }}
    />
  );
};

const openDialog = async (token: TokenSummary, onSubmit: Submit = vi.fn(async () => null)) => {
  const onClosed = vi.fn();
  renderWithTokens(<Harness token={token} onSubmit={onSubmit} onClosed={onClosed} />);
  const dialog = await screen.findByRole('dialog');
  return { dialog: within(dialog), element: dialog, onSubmit, onClosed };
};

const type = (dialog: ReturnType<typeof within>, pin: string) =>
  fireEvent.change(dialog.getByLabelText(/Code PIN/), { target: { value: pin } });

describe('PIN dialog', () => {
  it('a CPS card: exactly 4 digits, checked before anything is sent', async () => {
    const { dialog, onSubmit, onClosed } = await openDialog(cpsCard());
    expect(dialog.getByText('Le code PIN d’une carte CPS compte exactement 4 chiffres.')).toBeTruthy();
    for (const wrong of ['123', '12a4', '']) {
      type(dialog, wrong);
      fireEvent.click(dialog.getByRole('button', { name: 'Valider' }));
      expect(dialog.getByText('Saisissez exactement 4 chiffres.')).toBeTruthy();
    }
    expect(onSubmit).not.toHaveBeenCalled();
    type(dialog, '1234');
    fireEvent.click(dialog.getByRole('button', { name: 'Valider' }));
    await waitFor(() => expect(onClosed).toHaveBeenCalled());
    expect(onSubmit).toHaveBeenCalledWith('1234');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('a password field that is never autofilled, focused on open', async () => {
    const { dialog } = await openDialog(cpsCard());
    const input = dialog.getByLabelText(/Code PIN/) as HTMLInputElement;
    expect(input.type).toBe('password');
    expect(input.getAttribute('autocomplete')).toBe('off');
    expect(input.getAttribute('inputmode')).toBe('numeric');
    expect(input.maxLength).toBe(4);
    await waitFor(() => expect(document.activeElement).toBe(input));
  });

  it('another token: its own lengths', async () => {
    const { dialog, onSubmit } = await openDialog(
      softToken({ pin: pinState({ minLength: 6, maxLength: 8 }) }),
    );
    expect(dialog.getByText('De 6 à 8 caractères.')).toBeTruthy();
    type(dialog, 'abc12');
    fireEvent.click(dialog.getByRole('button', { name: 'Valider' }));
    expect(dialog.getByText('Le code doit compter de 6 à 8 caractères.')).toBeTruthy();
    type(dialog, 'abc123');
    fireEvent.click(dialog.getByRole('button', { name: 'Valider' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith('abc123'));
  });

  it('warns before typing: an earlier mistake', async () => {
    const { dialog } = await openDialog(cpsCard({ pin: pinState({ countLow: true }) }));
    expect(dialog.getByTestId('pin-count-low').textContent).toMatch(/^Un code erroné a déjà été saisi/);
    expect(dialog.queryByTestId('pin-final-try')).toBeNull();
  });

  it('warns before typing: the last try', async () => {
    const { dialog } = await openDialog(cpsCard({ pin: pinState({ countLow: true, finalTry: true }) }));
    expect(dialog.getByTestId('pin-final-try').textContent).toBe(
      'Dernier essai : un code erroné bloquera la carte.',
    );
    expect(dialog.queryByTestId('pin-count-low')).toBeNull();
  });

  it('refuses a locked card, with the unblock procedure in words and no field', async () => {
    const { dialog, onSubmit } = await openDialog(cpsCard({ pin: pinState({ locked: true }) }));
    expect(dialog.getByTestId('pin-locked').textContent).toMatch(/code de déblocage à 8 chiffres \(PUK\)/);
    expect(dialog.getByTestId('pin-locked').textContent).toMatch(/support de l’ANS/);
    expect(dialog.queryByTestId('pin-input')).toBeNull();
    expect(dialog.queryByRole('button', { name: 'Valider' })).toBeNull();
    expect(dialog.getByTestId('pin-close')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('a wrong PIN: stays open, says so, shows the new state, empties the field', async () => {
    const onSubmit = vi.fn<Submit>(async () =>
      tokenError('pin-incorrect', pinState({ minLength: 4, maxLength: 4, countLow: true, finalTry: true })),
    );
    const { dialog, onClosed } = await openDialog(cpsCard(), onSubmit);
    expect(dialog.queryByTestId('pin-final-try')).toBeNull();
    type(dialog, '0000');
    fireEvent.click(dialog.getByRole('button', { name: 'Valider' }));

    expect((await dialog.findByTestId('pin-error')).textContent).toMatch(/^Code PIN incorrect\. Vérifiez-le/);
    expect(dialog.getByTestId('pin-final-try')).toBeTruthy();
    expect((dialog.getByLabelText(/Code PIN/) as HTMLInputElement).value).toBe('');
    expect(onClosed).not.toHaveBeenCalled();

    // The next wrong try locks it: the field goes, the procedure comes.
    onSubmit.mockResolvedValueOnce(tokenError('pin-locked'));
    type(dialog, '1111');
    fireEvent.click(dialog.getByRole('button', { name: 'Valider' }));
    expect(await dialog.findByTestId('pin-locked')).toBeTruthy();
    expect(dialog.queryByTestId('pin-input')).toBeNull();
  });

  it('a PIN-pad reader: no field, the PIN is typed on the reader', async () => {
    let finish: (e: TokenError | null) => void = () => undefined;
    const onSubmit = vi.fn<Submit>(() => new Promise((resolve) => (finish = resolve)));
    const { dialog, onClosed } = await openDialog(cpsCard({ pin: pinState({ pinPad: true }) }), onSubmit);
    expect(dialog.queryByTestId('pin-input')).toBeNull();
    expect(dialog.getByText('Saisissez le code sur le clavier du lecteur')).toBeTruthy();
    fireEvent.click(dialog.getByRole('button', { name: 'Commencer' }));
    expect(onSubmit).toHaveBeenCalledWith('');
    expect(await dialog.findByText(/touche d’annulation du lecteur/)).toBeTruthy();

    finish(tokenError('pin-cancelled'));
    expect((await dialog.findByTestId('pin-error')).textContent).toMatch(
      /La saisie sur le lecteur a été annulée/,
    );
    expect(onClosed).not.toHaveBeenCalled();
  });

  it('Escape closes it', async () => {
    const { element, onClosed } = await openDialog(cpsCard());
    await waitFor(() => expect(element.contains(document.activeElement)).toBe(true));
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    await waitFor(() => expect(onClosed).toHaveBeenCalled());
  });

  it('the rule in code, for other callers', () => {
    const rule = pinRuleOf(cpsCard());
    expect(rule).toEqual({ digitsOnly: true, min: 4, max: 4 });
    expect(pinFits('0123', rule)).toBe(true);
    expect(pinFits('٠١٢٣', rule)).toBe(false);
    expect(pinRuleOf(softToken({ pin: pinState({ minLength: 0, maxLength: 4096 }) }))).toEqual({
      digitsOnly: false,
      min: 1,
      max: 64,
    });
  });
});
