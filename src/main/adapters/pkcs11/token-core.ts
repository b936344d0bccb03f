import type { TokenError, TokenModuleStatus, TokenRef } from '../../../shared/model/token.js';
import { ok, type Result } from '../../../shared/result.js';
import type { NewTokenKey, SlotInfo, TokenModuleSpec, TokenObjects } from '../../ports/token-provider.js';
import { createModuleSet } from './module-set.js';
import { readSlots } from './slot-reading.js';
import { generateRsaKey, importCertificate, signSha256Rsa } from './token-keys.js';
import { listObjects } from './token-objects.js';
import { withTokenSession } from './token-session.js';

/**
 * The synchronous core both providers run: in the token worker thread for the app (one
 * request at a time, plus the watch tick) and inline for the CLI. Every PKCS#11 call
 * blocks, so whoever runs it must have nothing else to do meanwhile.
 */
export type TokenCore = {
  setModules(specs: readonly TokenModuleSpec[]): void;
  modules(): TokenModuleStatus[];
  slots(): SlotInfo[];
  objects(token: TokenRef, pin?: string): Result<TokenObjects, TokenError>;
  checkPin(token: TokenRef, pin: string): Result<null, TokenError>;
  generateRsaKey(
    token: TokenRef,
    pin: string,
    key: NewTokenKey,
  ): Result<{ id: string; spkiDer: Uint8Array }, TokenError>;
  signSha256Rsa(
    token: TokenRef,
    pin: string,
    keyId: string,
    data: Uint8Array,
  ): Result<Uint8Array, TokenError>;
  importCertificate(
    token: TokenRef,
    pin: string,
    cert: { der: Uint8Array; id: string; label: string },
  ): Result<null, TokenError>;
  /** Starts (or stops) comparing ticks against the slots as they are now. */
  watch(on: boolean): void;
  /** One watch tick: the slot list when it changed since the last tick, else null. */
  tick(): SlotInfo[] | null;
  /** Finalizes and unloads every module. */
  close(): void;
};

/**
 * What a change is: a slot coming or going (a reader), a token coming or going, or a
 * token's label, serial or flags (a wrong PIN sets "count low", which the dialog shows).
 */
export const slotSnapshot = (slots: readonly SlotInfo[]): string =>
  JSON.stringify(
    slots.map((s) => [
      s.module,
      s.slotId,
      s.token && [s.token.serial, s.token.label, s.token.pin, s.token.writeProtected],
    ]),
  );

export const createTokenCore = (): TokenCore => {
  const set = createModuleSet();
  let last: string | null = null;
  return {
    setModules: (specs) => set.sync(specs),
    modules: () => set.statuses(),
    // Asked for by a user: fresh, including a SoftHSM token created since the last look.
    slots: () => readSlots(set, { refresh: true }),
    objects: (token, pin) => withTokenSession(set, token, { pin }, (s) => ok(listObjects(s))),
    checkPin: (token, pin) => withTokenSession(set, token, { pin }, () => ok(null)),
    generateRsaKey: (token, pin, key) =>
      withTokenSession(set, token, { pin, write: true }, (s) => generateRsaKey(s, key)),
    signSha256Rsa: (token, pin, keyId, data) =>
      withTokenSession(set, token, { pin }, (s) => signSha256Rsa(s, pin, keyId, data)),
    importCertificate: (token, pin, cert) =>
      withTokenSession(set, token, { pin, write: true }, (s) => importCertificate(s, cert)),
    watch(on) {
      last = on ? slotSnapshot(readSlots(set, { refresh: true })) : null;
    },
    tick() {
      if (last === null) return null;
      const slots = readSlots(set, { refresh: true });
      const now = slotSnapshot(slots);
      if (now === last) return null;
      last = now;
      return slots;
    },
    close() {
      last = null;
      set.close();
    },
  };
};
