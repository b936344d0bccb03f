import type { TokenError, TokenSummary } from '../../../shared/model/token.js';
import { err, ok, type Result } from '../../../shared/result.js';

/** A CPS card's PIN: exactly four digits (ANS); three wrong tries lock the card. */
const CPS_PIN = /^[0-9]{4}$/;

const refuse = (code: TokenError['code'], message: string, token: TokenSummary): Result<never, TokenError> =>
  err({ code, message, ckr: null, pin: token.pin });

/**
 * What is checked before a PIN is ever sent to a card: each wrong try costs one of the
 * card's few, so a PIN that cannot be right (wrong length, letters on a CPS card) or a card
 * already locked is refused here, and the card's counter is left alone. An empty PIN on a
 * reader with its own keypad means "type it there".
 */
export const checkPinBeforeLogin = (token: TokenSummary, pin: string): Result<null, TokenError> => {
  if (token.pin.locked)
    return refuse(
      'pin-locked',
      'The PIN is locked: unblock it with the unblock code (PUK) before using this card',
      token,
    );
  if (token.pin.pinPad && pin === '') return ok(null);
  if (token.cps) {
    if (!CPS_PIN.test(pin)) return refuse('pin-invalid', 'A CPS card PIN is exactly 4 digits', token);
    return ok(null);
  }
  const { minLength, maxLength } = token.pin;
  if (
    pin.length === 0 ||
    (minLength > 0 && pin.length < minLength) ||
    (maxLength > 0 && pin.length > maxLength)
  )
    return refuse('pin-invalid', `This token's PIN has ${minLength} to ${maxLength} characters`, token);
  return ok(null);
};
