import type { TokenError, TokenRef } from '../../../shared/model/token.js';
import { err, type Result } from '../../../shared/result.js';
import { ckrError, ckrOf, loginError } from './ckr.js';
import type { Handle, Pkcs11 } from './load-pkcs11js.js';
import type { ModuleSet } from './module-set.js';
import { CKF_RW_SESSION, CKF_SERIAL_SESSION, CKU_USER } from './pkcs11-constants.js';
import { findToken, type FoundToken } from './slot-reading.js';
import { loginRefusal, pinStateOf } from './token-flags.js';

/**
 * One operation on one token: find it by (module, serial), open a session, log in when a
 * PIN is given, run `body`, then log out and close the session whatever happened. The PIN
 * is only passed to C_Login: never kept, never put into an error.
 */
export type TokenSession = {
  lib: Pkcs11;
  session: Handle;
  token: FoundToken;
  loggedIn: boolean;
};

export type SessionOptions = {
  /** Log in as the user first. '' = on the reader's keypad (protected authentication path). */
  pin?: string;
  /** A read/write session (generating a key, importing a certificate). */
  write?: boolean;
};

/** The PIN state read right after a failed login (null if the token cannot tell any more). */
const pinStateNow = (lib: Pkcs11, slot: Handle) => {
  try {
    return pinStateOf(lib.C_GetTokenInfo(slot));
  } catch (e) {
    if (ckrOf(e) === null) throw e;
    return null;
  }
};

/** 'ours' when this login must be undone; 'shared' when the token was already logged in. */
const login = (s: TokenSession, pin: string): 'ours' | 'shared' | TokenError => {
  try {
    // pkcs11js always passes a pointer: for a keypad login the module gets an empty PIN
    // (length 0), which the PIN-pad modules read as "ask the reader".
    s.lib.C_Login(s.session, CKU_USER, pin);
    return 'ours';
  } catch (e) {
    const ckr = ckrOf(e);
    if (ckr === null) throw e;
    // Another part of this process (sharing the module) is logged in: it serves us too,
    // and logging out at the end would log it out as well.
    if (ckr.name === 'CKR_USER_ALREADY_LOGGED_IN') return 'shared';
    return { ...loginError(ckr.name), pin: pinStateNow(s.lib, s.token.slot) };
  }
};

const closeQuietly = (run: () => void): void => {
  try {
    run();
  } catch (e) {
    // The card was pulled or the session already ended: nothing left to close.
    if (ckrOf(e) === null) throw e;
  }
};

export const withTokenSession = <T>(
  set: ModuleSet,
  ref: TokenRef,
  options: SessionOptions,
  body: (s: TokenSession) => Result<T, TokenError>,
): Result<T, TokenError> => {
  const found = findToken(set, ref);
  if (!found.ok) return found;
  const token = found.value;
  const { lib } = token.module;
  const tokenInfo = token.slotInfo.token;
  if (options.pin !== undefined && tokenInfo !== null) {
    const refusal = loginRefusal(tokenInfo.pin, options.pin, {
      digitsOnly: token.module.spec.kind === 'cryptolib-cps',
    });
    if (refusal) return err(refusal);
  }
  token.module.openSessions++;
  let session: Handle | null = null;
  let loggedIn = false;
  try {
    const flags = CKF_SERIAL_SESSION | (options.write ? CKF_RW_SESSION : 0);
    session = lib.C_OpenSession(token.slot, flags);
    const s: TokenSession = { lib, session, token, loggedIn: false };
    if (options.pin !== undefined) {
      const outcome = login(s, options.pin);
      if (typeof outcome !== 'string') return err(outcome);
      loggedIn = outcome === 'ours';
      s.loggedIn = true;
    }
    return body(s);
  } catch (e) {
    const ckr = ckrOf(e);
    if (ckr === null) throw e; // a bug, not an answer of the module
    return err(ckrError(ckr.name));
  } finally {
    const open = session;
    if (open !== null) {
      if (loggedIn) closeQuietly(() => lib.C_Logout(open));
      closeQuietly(() => lib.C_CloseSession(open));
    }
    token.module.openSessions--;
  }
};
