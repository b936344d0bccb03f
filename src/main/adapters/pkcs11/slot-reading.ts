import type { TokenError, TokenRef } from '../../../shared/model/token.js';
import { err, ok, type Result } from '../../../shared/result.js';
import type { SlotInfo } from '../../ports/token-provider.js';
import { ckrOf } from './ckr.js';
import { handleHex, type Handle } from './load-pkcs11js.js';
import type { LoadedModule, ModuleSet } from './module-set.js';
import { CKF_TOKEN_INITIALIZED } from './pkcs11-constants.js';
import { slotFlagsOf, tokenInfoOf, unpad } from './token-flags.js';

/**
 * Slots and tokens as the modules report them now, and a token found again by (module,
 * serial): slot numbers change when a reader is plugged in or SoftHSM reloads its tokens.
 */
export type FoundToken = { module: LoadedModule; slot: Handle; slotInfo: SlotInfo };

/** The answers a slot gives while its card is being inserted, removed or is unreadable. */
const NO_TOKEN = new Set([
  'CKR_TOKEN_NOT_PRESENT',
  'CKR_TOKEN_NOT_RECOGNIZED',
  'CKR_DEVICE_REMOVED',
  'CKR_DEVICE_ERROR',
  'CKR_SLOT_ID_INVALID',
]);

const readSlot = (module: LoadedModule, slot: Handle): SlotInfo => {
  const info = module.lib.C_GetSlotInfo(slot);
  const flags = slotFlagsOf(info.flags);
  let token: SlotInfo['token'] = null;
  if (flags.present) {
    try {
      const raw = module.lib.C_GetTokenInfo(slot);
      // SoftHSM's spare slot holds a blank token, never initialized, with no serial: there
      // is nothing on it to show or use, and no serial to find it again by.
      const blank = (raw.flags & CKF_TOKEN_INITIALIZED) === 0 && unpad(raw.serialNumber) === '';
      if (!blank) token = tokenInfoOf(raw);
    } catch (e) {
      if (!NO_TOKEN.has(ckrOf(e)?.name ?? '')) throw e;
    }
  }
  return {
    module: module.spec.path,
    slotId: handleHex(slot),
    description: unpad(info.slotDescription),
    reader: flags.reader,
    removable: flags.removable,
    token,
  };
};

/** A module's slots with their handles; none when the module cannot list them right now. */
const slotsWithHandles = (module: LoadedModule): { slot: Handle; info: SlotInfo }[] => {
  try {
    const slots = module.lib.C_GetSlotList(false).map((slot) => ({ slot, info: readSlot(module, slot) }));
    module.softwareOnly = slots.length > 0 && slots.every((s) => !s.info.reader);
    return slots;
  } catch (e) {
    // A reader unplugged mid-read, a module reset under us: the next read tells.
    if (ckrOf(e) === null) throw e;
    return [];
  }
};

/**
 * SoftHSM (and any module whose slots are all software ones, without CKF_HW_SLOT) reads its
 * token list at C_Initialize only: a token created since is not seen until the module is
 * finalized and initialized again (about 0.05 ms for SoftHSM). So before reading such a
 * module, it is re-initialized, unless a session of it is open. Reader modules (Cryptolib,
 * OpenSC) report a card coming or going through their slots' flags and are never
 * re-initialized: that would cost a reconnection to every reader.
 */
const refreshSoftware = (set: ModuleSet, module: LoadedModule): void => {
  if (module.softwareOnly === true) set.reinitialize(module);
};

export const readSlots = (set: ModuleSet, options: { refresh: boolean }): SlotInfo[] =>
  set.loaded().flatMap((module) => {
    if (options.refresh) refreshSoftware(set, module);
    return slotsWithHandles(module).map((s) => s.info);
  });

const absent = (ref: TokenRef): TokenError => ({
  code: 'token-absent',
  message: `No card or token with serial ${ref.serial} is present.`,
  ckr: null,
});

export const findToken = (set: ModuleSet, ref: TokenRef): Result<FoundToken, TokenError> => {
  const module = set.byPath(ref.module);
  if (module === null) {
    const status = set.statuses().find((s) => s.path === ref.module);
    return err(
      status?.error ?? { code: 'module-missing', message: 'This PKCS#11 module is not in use.', ckr: null },
    );
  }
  if (ref.serial === '') return err(absent(ref));
  const find = () => slotsWithHandles(module).find((s) => s.info.token?.serial === ref.serial);
  let found = find();
  // Created since the module last read its tokens (see refreshSoftware): look once more.
  if (found === undefined && module.softwareOnly === true && set.reinitialize(module)) found = find();
  return found ? ok({ module, slot: found.slot, slotInfo: found.info }) : err(absent(ref));
};
