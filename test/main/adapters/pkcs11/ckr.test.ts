import { createRequire } from 'node:module';
import { ckrError, ckrOf, CKR_TABLE, loginError } from '../../../../src/main/adapters/pkcs11/ckr.js';
import * as constants from '../../../../src/main/adapters/pkcs11/pkcs11-constants.js';
import { TokenErrorCode } from '../../../../src/shared/model/token.js';

const pkcs11js = createRequire(import.meta.url)('pkcs11js') as Record<string, unknown>;

/** What the adapter must meet and name (the brief's list); every one must be in the table. */
const EXPECTED = [
  'CKR_PIN_INCORRECT',
  'CKR_PIN_LOCKED',
  'CKR_PIN_LEN_RANGE',
  'CKR_PIN_INVALID',
  'CKR_PIN_EXPIRED',
  'CKR_FUNCTION_CANCELED',
  'CKR_TOKEN_NOT_PRESENT',
  'CKR_TOKEN_NOT_RECOGNIZED',
  'CKR_DEVICE_REMOVED',
  'CKR_DEVICE_ERROR',
  'CKR_DEVICE_MEMORY',
  'CKR_TOKEN_WRITE_PROTECTED',
  'CKR_SESSION_CLOSED',
  'CKR_SESSION_HANDLE_INVALID',
  'CKR_SESSION_COUNT',
  'CKR_SESSION_READ_ONLY',
  'CKR_USER_NOT_LOGGED_IN',
  'CKR_USER_PIN_NOT_INITIALIZED',
  'CKR_USER_ANOTHER_ALREADY_LOGGED_IN',
  'CKR_MECHANISM_INVALID',
  'CKR_KEY_HANDLE_INVALID',
  'CKR_KEY_FUNCTION_NOT_PERMITTED',
  'CKR_ATTRIBUTE_SENSITIVE',
  'CKR_ATTRIBUTE_TYPE_INVALID',
  'CKR_TEMPLATE_INCOMPLETE',
  'CKR_TEMPLATE_INCONSISTENT',
  'CKR_GENERAL_ERROR',
  'CKR_HOST_MEMORY',
  'CKR_SLOT_ID_INVALID',
  'CKR_CRYPTOKI_NOT_INITIALIZED',
];

describe('CKR mapping', () => {
  it('maps every CKR it lists to a token error code and an English message naming no PIN', () => {
    for (const name of [...EXPECTED, ...Object.keys(CKR_TABLE)]) {
      const error = ckrError(name);
      expect(CKR_TABLE[name], name).toBeDefined();
      expect(TokenErrorCode.options, name).toContain(error.code);
      expect(error.ckr).toBe(name);
      expect(error.message, name).toMatch(/^[A-Z].+\.$/);
      expect(error.message, name).not.toMatch(/CKR_|\d{4}/);
    }
  });

  it('agrees with pkcs11js on every value both know', () => {
    for (const [name, [value]] of Object.entries(CKR_TABLE))
      if (name in pkcs11js) expect(pkcs11js[name], name).toBe(value);
    for (const [name, value] of Object.entries(constants))
      if (name in pkcs11js) expect(pkcs11js[name], name).toBe(value);
  });

  it('says what matters for the PIN and the card', () => {
    expect(ckrError('CKR_PIN_INCORRECT').code).toBe('pin-incorrect');
    expect(ckrError('CKR_PIN_LOCKED').code).toBe('pin-locked');
    expect(ckrError('CKR_PIN_LEN_RANGE').code).toBe('pin-invalid');
    expect(ckrError('CKR_DEVICE_REMOVED').code).toBe('token-absent');
    expect(ckrError('CKR_DEVICE_MEMORY').code).toBe('memory-full');
    expect(loginError('CKR_FUNCTION_CANCELED').code).toBe('pin-cancelled');
    expect(ckrError('CKR_FUNCTION_CANCELED').code).toBe('cancelled');
  });

  it('keeps an unlisted or vendor value by name, as a plain failure', () => {
    expect(ckrError('CKR_NEXT_OTP')).toEqual({
      code: 'failed',
      message: 'The PKCS#11 module answered CKR_NEXT_OTP.',
      ckr: 'CKR_NEXT_OTP',
    });
    const vendor = Object.assign(new Error('Unknown error'), { code: 0x80000001 });
    expect(ckrOf(vendor)).toEqual({ name: 'CKR_0x80000001', value: 0x80000001 });
  });

  it('reads a pkcs11js error and ignores anything else', () => {
    const p11 = Object.assign(new Error('CKR_PIN_INCORRECT'), { code: 0xa0 });
    expect(ckrOf(p11)).toEqual({ name: 'CKR_PIN_INCORRECT', value: 0xa0 });
    expect(ckrOf(new TypeError('Parameters are required'))).toBeNull();
    expect(ckrOf('CKR_PIN_INCORRECT')).toBeNull();
  });
});
