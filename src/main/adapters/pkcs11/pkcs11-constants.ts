/**
 * The few PKCS#11 v2.40 numbers the adapter uses, written out rather than read from
 * pkcs11js: the flag logic and the CKR table are then plain code that unit tests run without
 * loading the native addon (test/main/adapters/pkcs11/ checks them against pkcs11js's own).
 */

/** C_Initialize: the module may use the OS's own locks (several threads of one process). */
export const CKF_OS_LOCKING_OK = 0x2;

/** Session flags. */
export const CKF_RW_SESSION = 0x2;
export const CKF_SERIAL_SESSION = 0x4;

/** Slot flags (CK_SLOT_INFO.flags). */
export const CKF_TOKEN_PRESENT = 0x1;
export const CKF_REMOVABLE_DEVICE = 0x2;
export const CKF_HW_SLOT = 0x4;

/** Token flags (CK_TOKEN_INFO.flags). */
export const CKF_WRITE_PROTECTED = 0x2;
export const CKF_LOGIN_REQUIRED = 0x4;
export const CKF_USER_PIN_INITIALIZED = 0x8;
export const CKF_PROTECTED_AUTHENTICATION_PATH = 0x100;
export const CKF_TOKEN_INITIALIZED = 0x400;
export const CKF_USER_PIN_COUNT_LOW = 0x10000;
export const CKF_USER_PIN_FINAL_TRY = 0x20000;
export const CKF_USER_PIN_LOCKED = 0x40000;
export const CKF_USER_PIN_TO_BE_CHANGED = 0x80000;

/** User types for C_Login. */
export const CKU_USER = 1;
/** The second login some signature keys ask for right after C_SignInit (CKA_ALWAYS_AUTHENTICATE). */
export const CKU_CONTEXT_SPECIFIC = 2;

/** Object classes, certificate and key types. */
export const CKO_DATA = 0;
export const CKO_CERTIFICATE = 1;
export const CKO_PUBLIC_KEY = 2;
export const CKO_PRIVATE_KEY = 3;
export const CKC_X_509 = 0;
export const CKK_RSA = 0;
export const CKK_EC = 3;

/** Attributes. */
export const CKA_CLASS = 0x0;
export const CKA_TOKEN = 0x1;
export const CKA_PRIVATE = 0x2;
export const CKA_LABEL = 0x3;
export const CKA_APPLICATION = 0x10;
export const CKA_VALUE = 0x11;
export const CKA_CERTIFICATE_TYPE = 0x80;
export const CKA_ISSUER = 0x81;
export const CKA_SERIAL_NUMBER = 0x82;
export const CKA_KEY_TYPE = 0x100;
export const CKA_SUBJECT = 0x101;
export const CKA_ID = 0x102;
export const CKA_SENSITIVE = 0x103;
export const CKA_DECRYPT = 0x105;
export const CKA_SIGN = 0x108;
export const CKA_VERIFY = 0x10a;
export const CKA_MODULUS = 0x120;
export const CKA_MODULUS_BITS = 0x121;
export const CKA_PUBLIC_EXPONENT = 0x122;
/** Named only so tests can ask for it and see it refused: the adapter never reads it. */
export const CKA_PRIVATE_EXPONENT = 0x123;
export const CKA_EXTRACTABLE = 0x162;
export const CKA_EC_PARAMS = 0x180;
export const CKA_ALWAYS_AUTHENTICATE = 0x202;

/** Mechanisms. */
export const CKM_RSA_PKCS_KEY_PAIR_GEN = 0x0;
export const CKM_SHA256_RSA_PKCS = 0x40;
