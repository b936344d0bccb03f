/**
 * The vault secret while the vault is unlocked, as bytes that can be wiped (a JS string
 * cannot). Callers get a copy for one operation and wipe it when done, so lock() during a
 * running operation never pulls bytes from under it — and never leaves a live copy behind.
 * Best effort only: the passphrase string the user typed, and buffers inside node:crypto,
 * live until the garbage collector takes them.
 */
export type SecretHolder = {
  held(): boolean;
  /** A fresh copy the caller must wipe, or null when locked. */
  copy(): Uint8Array | null;
  /** Takes ownership of `bytes` (wiped on forget). */
  hold(bytes: Uint8Array): void;
  forget(): void;
};

export const createSecretHolder = (): SecretHolder => {
  let secret: Uint8Array | null = null;
  const forget = (): void => {
    secret?.fill(0);
    secret = null;
  };
  return {
    held: () => secret !== null,
    copy: () => (secret === null ? null : secret.slice()),
    hold(bytes) {
      if (secret !== bytes) forget();
      secret = bytes;
    },
    forget,
  };
};

export const utf8Bytes = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf8'));
