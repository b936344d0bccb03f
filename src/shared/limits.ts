/**
 * Hard limits on untrusted input, shared by the app and the CLI so both refuse the same
 * files with the same message. A certificate file is a few KiB; a chain bundle or a CRL
 * rarely passes 1 MiB.
 */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/**
 * Key-derivation iteration ceiling for password-protected files (PKCS#12 MAC and bags,
 * encrypted PKCS#8). Real IGC-Santé downloads use 2,048; OpenSSL 3 uses 2,048; our own
 * vault uses 600,000. Anything past this is refused before any work is done, so a hostile
 * file cannot pin a CPU for minutes.
 */
export const MAX_KDF_ITERATIONS = 2_000_000;

/** Only this many revoked entries of a CRL are sent to the UI. */
export const MAX_CRL_ENTRIES_SHOWN = 200;

/** A password typed by a person; longer is an error, not a password. */
export const MAX_PASSWORD_LENGTH = 1024;

/**
 * Longest decoded text (a name attribute, a SAN value, any other string field) kept in full,
 * in UTF-16 code units. Real values are under 200; a hostile certificate can carry a 10 MB
 * common name, which would cost gigabytes once escaped, copied, serialised and rendered.
 * Longer values keep this many characters followed by the truncation mark (see text-cap.ts).
 */
export const MAX_TEXT_CHARS = 4096;
