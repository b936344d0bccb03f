import type { PinState, TokenError } from '../../../shared/model/token.js';
import type { TokenInfo } from '../../ports/token-provider.js';
import {
  CKF_HW_SLOT,
  CKF_PROTECTED_AUTHENTICATION_PATH,
  CKF_REMOVABLE_DEVICE,
  CKF_TOKEN_PRESENT,
  CKF_USER_PIN_COUNT_LOW,
  CKF_USER_PIN_FINAL_TRY,
  CKF_USER_PIN_INITIALIZED,
  CKF_USER_PIN_LOCKED,
  CKF_USER_PIN_TO_BE_CHANGED,
  CKF_WRITE_PROTECTED,
} from './pkcs11-constants.js';

/**
 * Token and slot flags as the app's facts, and the checks made before a login. Pure: the
 * PIN-locked refusal is tested here, since SoftHSM never locks a PIN.
 */

/** What the adapter reads of CK_TOKEN_INFO (pkcs11js pads the strings with blanks). */
export type RawTokenInfo = {
  label: string;
  manufacturerID: string;
  model: string;
  serialNumber: string;
  flags: number;
  minPinLen: number;
  maxPinLen: number;
};

const has = (flags: number, bit: number): boolean => (flags & bit) !== 0;

/** PKCS#11 pads its fixed-width strings with blanks (some modules with NULs). */
export const unpad = (text: string): string => text.replace(/[\s\0]+$/u, '');

export const pinStateOf = (info: Pick<RawTokenInfo, 'flags' | 'minPinLen' | 'maxPinLen'>): PinState => ({
  countLow: has(info.flags, CKF_USER_PIN_COUNT_LOW),
  finalTry: has(info.flags, CKF_USER_PIN_FINAL_TRY),
  locked: has(info.flags, CKF_USER_PIN_LOCKED),
  toBeChanged: has(info.flags, CKF_USER_PIN_TO_BE_CHANGED),
  initialized: has(info.flags, CKF_USER_PIN_INITIALIZED),
  pinPad: has(info.flags, CKF_PROTECTED_AUTHENTICATION_PATH),
  minLength: info.minPinLen,
  maxLength: info.maxPinLen,
});

export const tokenInfoOf = (info: RawTokenInfo): TokenInfo => ({
  label: unpad(info.label),
  manufacturer: unpad(info.manufacturerID),
  model: unpad(info.model),
  serial: unpad(info.serialNumber),
  pin: pinStateOf(info),
  writeProtected: has(info.flags, CKF_WRITE_PROTECTED),
});

export const slotFlagsOf = (flags: number): { present: boolean; reader: boolean; removable: boolean } => ({
  present: has(flags, CKF_TOKEN_PRESENT),
  reader: has(flags, CKF_HW_SLOT),
  removable: has(flags, CKF_REMOVABLE_DEVICE),
});

/** Modules report "no limit" as 0 or as ~0 (CK_UNAVAILABLE_INFORMATION); neither is a rule. */
const isLimit = (n: number): boolean => n > 0 && n < 0xffff;

/**
 * Why a login must not be tried, or null. Each refusal saves a try on a card that locks
 * after three: a locked PIN (the flags say so: trying would only fail), an empty PIN where
 * there is no keypad to type it on, a PIN outside the token's length range, and a PIN
 * that is not all digits for a CPS card (its PIN is digits only: any other is wrong).
 */
export const loginRefusal = (
  pin: PinState,
  typed: string,
  rules: { digitsOnly: boolean },
): TokenError | null => {
  if (pin.locked)
    return {
      code: 'pin-locked',
      message: 'The PIN is locked: unblock it with the unblocking code.',
      ckr: null,
      pin,
    };
  if (typed === '') {
    if (pin.pinPad) return null; // typed on the reader's own keypad
    return { code: 'pin-invalid', message: 'A PIN is needed.', ckr: null, pin };
  }
  const length = new TextEncoder().encode(typed).length;
  if (
    (isLimit(pin.minLength) && length < pin.minLength) ||
    (isLimit(pin.maxLength) && length > pin.maxLength)
  ) {
    const range =
      pin.minLength === pin.maxLength ? `${pin.minLength}` : `${pin.minLength} to ${pin.maxLength}`;
    return { code: 'pin-invalid', message: `The PIN must have ${range} characters.`, ckr: null, pin };
  }
  if (rules.digitsOnly && !/^[0-9]+$/.test(typed))
    return { code: 'pin-invalid', message: 'The PIN of a CPS card has digits only.', ckr: null, pin };
  return null;
};
