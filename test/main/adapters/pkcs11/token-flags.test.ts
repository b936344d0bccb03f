import {
  CKF_HW_SLOT,
  CKF_LOGIN_REQUIRED,
  CKF_PROTECTED_AUTHENTICATION_PATH,
  CKF_REMOVABLE_DEVICE,
  CKF_TOKEN_INITIALIZED,
  CKF_TOKEN_PRESENT,
  CKF_USER_PIN_COUNT_LOW,
  CKF_USER_PIN_FINAL_TRY,
  CKF_USER_PIN_INITIALIZED,
  CKF_USER_PIN_LOCKED,
  CKF_WRITE_PROTECTED,
} from '../../../../src/main/adapters/pkcs11/pkcs11-constants.js';
import { slotSnapshot } from '../../../../src/main/adapters/pkcs11/token-core.js';
import {
  loginRefusal,
  pinStateOf,
  slotFlagsOf,
  tokenInfoOf,
} from '../../../../src/main/adapters/pkcs11/token-flags.js';
import type { SlotInfo } from '../../../../src/main/ports/token-provider.js';

/** A CPS card as Cryptolib describes it: 4-digit PIN, login required. */
const cpsCard = (flags: number) => ({
  label: 'CPS'.padEnd(32, ' '),
  manufacturerID: 'ASIP Sante'.padEnd(32, ' '),
  model: 'CPS3'.padEnd(16, ' '),
  serialNumber: '2501234567\0\0\0\0\0\0',
  flags: CKF_TOKEN_INITIALIZED | CKF_LOGIN_REQUIRED | CKF_USER_PIN_INITIALIZED | flags,
  minPinLen: 4,
  maxPinLen: 4,
});

describe('token flags', () => {
  it('reads a locked CPS card and refuses the login before any try', () => {
    const info = tokenInfoOf(cpsCard(CKF_USER_PIN_LOCKED | CKF_USER_PIN_COUNT_LOW));
    expect(info).toMatchObject({
      label: 'CPS',
      manufacturer: 'ASIP Sante',
      model: 'CPS3',
      serial: '2501234567',
    });
    expect(info.pin).toEqual({
      countLow: true,
      finalTry: false,
      locked: true,
      toBeChanged: false,
      initialized: true,
      pinPad: false,
      minLength: 4,
      maxLength: 4,
    });
    // Even the right PIN is not sent: the card would only answer CKR_PIN_LOCKED.
    expect(loginRefusal(info.pin, '1234', { digitsOnly: true })).toEqual({
      code: 'pin-locked',
      message: 'The PIN is locked: unblock it with the unblocking code.',
      ckr: null,
      pin: info.pin,
    });
  });

  it('lets the last try through, with the state that says it is the last', () => {
    const pin = pinStateOf(cpsCard(CKF_USER_PIN_COUNT_LOW | CKF_USER_PIN_FINAL_TRY));
    expect(pin).toMatchObject({ countLow: true, finalTry: true, locked: false });
    expect(loginRefusal(pin, '1234', { digitsOnly: true })).toBeNull();
  });

  it('refuses a PIN that cannot be right without spending a try', () => {
    const pin = pinStateOf(cpsCard(0));
    expect(loginRefusal(pin, '123', { digitsOnly: true })?.code).toBe('pin-invalid');
    expect(loginRefusal(pin, '12345', { digitsOnly: true })?.code).toBe('pin-invalid');
    expect(loginRefusal(pin, '12a4', { digitsOnly: true })?.code).toBe('pin-invalid');
    expect(loginRefusal(pin, '12a4', { digitsOnly: false })).toBeNull();
    expect(loginRefusal(pin, '', { digitsOnly: true })).toMatchObject({
      code: 'pin-invalid',
      message: 'A PIN is needed.',
    });
  });

  it('takes an empty PIN as "type it on the reader" when the reader has a keypad', () => {
    const pin = pinStateOf(cpsCard(CKF_PROTECTED_AUTHENTICATION_PATH));
    expect(pin.pinPad).toBe(true);
    expect(loginRefusal(pin, '', { digitsOnly: true })).toBeNull();
  });

  it('ignores "no limit" PIN lengths (0 or CK_UNAVAILABLE_INFORMATION)', () => {
    const pin = pinStateOf({ flags: 0, minPinLen: 0, maxPinLen: 0xffffffff });
    expect(loginRefusal(pin, 'x'.repeat(300), { digitsOnly: false })).toBeNull();
  });

  it('reads slot flags and the write-protected token flag', () => {
    expect(slotFlagsOf(CKF_TOKEN_PRESENT | CKF_REMOVABLE_DEVICE | CKF_HW_SLOT)).toEqual({
      present: true,
      reader: true,
      removable: true,
    });
    expect(slotFlagsOf(CKF_TOKEN_PRESENT | CKF_REMOVABLE_DEVICE)).toEqual({
      present: true,
      reader: false,
      removable: true,
    });
    expect(tokenInfoOf(cpsCard(CKF_WRITE_PROTECTED)).writeProtected).toBe(true);
  });

  it('sees a change of token or of PIN state in the watch snapshot, not a re-read of the same', () => {
    const slot = (flags: number): SlotInfo => ({
      module: '/usr/lib64/libcps3_pkcs11_lux.so',
      slotId: '1',
      description: 'Reader',
      reader: true,
      removable: true,
      token: tokenInfoOf(cpsCard(flags)),
    });
    expect(slotSnapshot([slot(0)])).toBe(slotSnapshot([slot(0)]));
    expect(slotSnapshot([slot(0)])).not.toBe(slotSnapshot([slot(CKF_USER_PIN_COUNT_LOW)]));
    expect(slotSnapshot([slot(0)])).not.toBe(slotSnapshot([{ ...slot(0), token: null }]));
  });
});
