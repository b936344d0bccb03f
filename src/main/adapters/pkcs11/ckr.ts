import type { TokenError, TokenErrorCode } from '../../../shared/model/token.js';

/**
 * PKCS#11 return values (CKR_*) the adapter can meet, as the typed errors the app shows.
 * pkcs11js throws a `Pkcs11Error` whose `message` is the CKR name and `code` its number; the
 * name is kept in `ckr` for logs and `--json`, the message is ours (English, never a PIN).
 */
type Entry = readonly [value: number, code: TokenErrorCode, message: string];

const ABSENT = 'The card or token is no longer there (removed, or its slot is empty).';
const SESSION = 'The session with the card or token was lost; try again.';
const BUSY = 'The card or token is busy with another operation; try again.';
const UNSUPPORTED = 'The card or token does not offer this operation or key size.';
const KEY = 'The key on the card or token cannot be used for this.';
const TEMPLATE = 'The card or token refused the object as described.';
const DEVICE = 'The card, token or reader reported an error.';
const MODULE = 'The PKCS#11 module cannot run here.';

export const CKR_TABLE: Readonly<Record<string, Entry>> = {
  CKR_CANCEL: [0x1, 'cancelled', 'The operation was cancelled.'],
  CKR_HOST_MEMORY: [0x2, 'failed', 'The PKCS#11 module ran out of memory.'],
  CKR_SLOT_ID_INVALID: [0x3, 'token-absent', ABSENT],
  CKR_GENERAL_ERROR: [0x5, 'device-error', 'The PKCS#11 module failed (general error).'],
  CKR_FUNCTION_FAILED: [0x6, 'device-error', 'The card or token could not complete the operation.'],
  CKR_ARGUMENTS_BAD: [0x7, 'failed', 'The PKCS#11 module refused the request (bad arguments).'],
  CKR_NEED_TO_CREATE_THREADS: [0x9, 'module-failed', MODULE],
  CKR_CANT_LOCK: [0xa, 'module-failed', MODULE],
  CKR_ATTRIBUTE_READ_ONLY: [0x10, 'failed', TEMPLATE],
  CKR_ATTRIBUTE_SENSITIVE: [0x11, 'key-unusable', 'The card or token does not reveal this value.'],
  CKR_ATTRIBUTE_TYPE_INVALID: [0x12, 'failed', TEMPLATE],
  CKR_ATTRIBUTE_VALUE_INVALID: [0x13, 'failed', TEMPLATE],
  CKR_ACTION_PROHIBITED: [0x1b, 'failed', 'The card or token does not allow this action.'],
  CKR_DATA_INVALID: [0x20, 'failed', 'The card or token refused the data to sign.'],
  CKR_DATA_LEN_RANGE: [0x21, 'failed', 'The card or token refused the data to sign (length).'],
  CKR_DEVICE_ERROR: [0x30, 'device-error', DEVICE],
  CKR_DEVICE_MEMORY: [0x31, 'memory-full', 'The card or token has no room left.'],
  CKR_DEVICE_REMOVED: [0x32, 'token-absent', ABSENT],
  CKR_FUNCTION_CANCELED: [0x50, 'cancelled', 'The operation was cancelled on the reader.'],
  CKR_FUNCTION_NOT_PARALLEL: [0x51, 'busy', BUSY],
  CKR_FUNCTION_NOT_SUPPORTED: [0x54, 'mechanism-unsupported', UNSUPPORTED],
  CKR_KEY_HANDLE_INVALID: [0x60, 'key-unusable', KEY],
  CKR_KEY_SIZE_RANGE: [0x62, 'mechanism-unsupported', UNSUPPORTED],
  CKR_KEY_TYPE_INCONSISTENT: [0x63, 'key-unusable', KEY],
  CKR_KEY_NOT_NEEDED: [0x64, 'key-unusable', KEY],
  CKR_KEY_CHANGED: [0x65, 'key-unusable', KEY],
  CKR_KEY_NEEDED: [0x66, 'key-unusable', KEY],
  CKR_KEY_INDIGESTIBLE: [0x67, 'key-unusable', KEY],
  CKR_KEY_FUNCTION_NOT_PERMITTED: [
    0x68,
    'key-unusable',
    'The key on the card or token is not allowed to do this.',
  ],
  CKR_KEY_NOT_WRAPPABLE: [0x69, 'key-unusable', KEY],
  CKR_KEY_UNEXTRACTABLE: [0x6a, 'key-unusable', 'The key cannot leave the card or token.'],
  CKR_MECHANISM_INVALID: [0x70, 'mechanism-unsupported', UNSUPPORTED],
  CKR_MECHANISM_PARAM_INVALID: [0x71, 'mechanism-unsupported', UNSUPPORTED],
  CKR_OBJECT_HANDLE_INVALID: [0x82, 'session-lost', SESSION],
  CKR_OPERATION_ACTIVE: [0x90, 'busy', BUSY],
  CKR_OPERATION_NOT_INITIALIZED: [0x91, 'failed', 'The card or token lost track of the operation.'],
  CKR_PIN_INCORRECT: [0xa0, 'pin-incorrect', 'The PIN is incorrect.'],
  CKR_PIN_INVALID: [0xa1, 'pin-invalid', 'The PIN has characters the card or token does not accept.'],
  CKR_PIN_LEN_RANGE: [0xa2, 'pin-invalid', 'The PIN is too short or too long for this card or token.'],
  CKR_PIN_EXPIRED: [0xa3, 'pin-expired', 'The PIN has expired: change it with the card’s own tool.'],
  CKR_PIN_LOCKED: [0xa4, 'pin-locked', 'The PIN is locked: unblock it with the unblocking code.'],
  CKR_SESSION_CLOSED: [0xb0, 'session-lost', SESSION],
  CKR_SESSION_COUNT: [0xb1, 'busy', 'The card or token has too many sessions open; try again.'],
  CKR_SESSION_HANDLE_INVALID: [0xb3, 'session-lost', SESSION],
  CKR_SESSION_PARALLEL_NOT_SUPPORTED: [0xb4, 'module-failed', MODULE],
  CKR_SESSION_READ_ONLY: [0xb5, 'write-protected', 'The card or token only allows reading here.'],
  CKR_SESSION_EXISTS: [0xb6, 'busy', BUSY],
  CKR_SESSION_READ_ONLY_EXISTS: [0xb7, 'busy', BUSY],
  CKR_SESSION_READ_WRITE_SO_EXISTS: [0xb8, 'busy', 'An administrator session is open on the card or token.'],
  CKR_SIGNATURE_INVALID: [0xc0, 'failed', 'The signature does not verify.'],
  CKR_SIGNATURE_LEN_RANGE: [0xc1, 'failed', 'The signature does not verify (length).'],
  CKR_TEMPLATE_INCOMPLETE: [0xd0, 'failed', TEMPLATE],
  CKR_TEMPLATE_INCONSISTENT: [0xd1, 'failed', TEMPLATE],
  CKR_TOKEN_NOT_PRESENT: [0xe0, 'token-absent', ABSENT],
  CKR_TOKEN_NOT_RECOGNIZED: [0xe1, 'token-not-recognized', 'The reader does not recognize this card.'],
  CKR_TOKEN_WRITE_PROTECTED: [0xe2, 'write-protected', 'The card or token is write-protected.'],
  CKR_USER_ALREADY_LOGGED_IN: [0x100, 'busy', 'Someone is already logged in to the card or token.'],
  CKR_USER_NOT_LOGGED_IN: [0x101, 'session-lost', 'The login to the card or token was lost; try again.'],
  CKR_USER_PIN_NOT_INITIALIZED: [0x102, 'failed', 'The card or token has no user PIN set yet.'],
  CKR_USER_TYPE_INVALID: [0x103, 'failed', 'The card or token refused this kind of login.'],
  CKR_USER_ANOTHER_ALREADY_LOGGED_IN: [0x104, 'busy', 'Another user is logged in to the card or token.'],
  CKR_USER_TOO_MANY_TYPES: [0x105, 'busy', 'Too many users are logged in to the card or token.'],
  CKR_RANDOM_NO_RNG: [0x121, 'mechanism-unsupported', UNSUPPORTED],
  CKR_DOMAIN_PARAMS_INVALID: [0x130, 'mechanism-unsupported', UNSUPPORTED],
  CKR_CURVE_NOT_SUPPORTED: [0x140, 'mechanism-unsupported', UNSUPPORTED],
  CKR_BUFFER_TOO_SMALL: [0x150, 'failed', 'The card or token returned more data than expected.'],
  CKR_INFORMATION_SENSITIVE: [0x170, 'failed', 'The card or token does not reveal this information.'],
  CKR_CRYPTOKI_NOT_INITIALIZED: [0x190, 'session-lost', 'The PKCS#11 module was reset; try again.'],
  CKR_CRYPTOKI_ALREADY_INITIALIZED: [0x191, 'module-failed', MODULE],
  CKR_MUTEX_BAD: [0x1a0, 'module-failed', MODULE],
  CKR_MUTEX_NOT_LOCKED: [0x1a1, 'module-failed', MODULE],
  CKR_PIN_TOO_WEAK: [0x1b8, 'pin-invalid', 'The PIN is too weak for this card or token.'],
  CKR_FUNCTION_REJECTED: [0x200, 'cancelled', 'The card or token refused the operation.'],
};

const byValue = new Map(Object.entries(CKR_TABLE).map(([name, [value]]) => [value, name]));

/** The CKR name and number when `error` is a pkcs11js Pkcs11Error; null for anything else. */
export const ckrOf = (error: unknown): { name: string; value: number } | null => {
  if (!(error instanceof Error) || !('code' in error) || typeof error.code !== 'number') return null;
  if (/^CKR_[A-Z0-9_]+$/.test(error.message)) return { name: error.message, value: error.code };
  // A vendor-defined value (CKR_VENDOR_DEFINED and above) has no name in pkcs11js.
  return error.code > 0 ? { name: byValue.get(error.code) ?? hexCkr(error.code), value: error.code } : null;
};

const hexCkr = (value: number): string => `CKR_0x${value.toString(16).toUpperCase().padStart(8, '0')}`;

/** The typed error for a CKR name (an unlisted one is 'failed', naming it). */
export const ckrError = (name: string): TokenError => {
  const entry = CKR_TABLE[name];
  if (entry) return { code: entry[1], message: entry[2], ckr: name };
  return { code: 'failed', message: `The PKCS#11 module answered ${name}.`, ckr: name };
};

/**
 * A login's failure: a cancel there is the PIN-pad entry cancelled or timed out, which the
 * dialog words differently from an operation cancelled on the device.
 */
export const loginError = (name: string): TokenError => {
  const error = ckrError(name);
  return error.code === 'cancelled'
    ? { ...error, code: 'pin-cancelled', message: 'The PIN entry was cancelled or timed out.' }
    : error;
};
