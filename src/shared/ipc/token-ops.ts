import { z } from 'zod';
import { PinState, SlotSummary, TokenContents, TokenError, TokenRef, TokensView } from '../model/token.js';
import { op, resultOf } from './define.js';

/**
 * Cards and tokens' part of the contract table (./contract.ts includes it as `tokens`).
 * A PIN crosses once, for the one operation that needs it; main never keeps it. An empty
 * PIN means "type it on the reader's keypad" (protected authentication path).
 */
export const TokenPin = z.string().max(64);

/**
 * A module path typed where there is no file dialog. Main loads native code from it, so in the
 * desktop app a path from the renderer is refused: only the system dialog's answer is used.
 */
const ModulePath = z.string().min(1).max(4096);

export const tokenOps = {
  view: op({
    summary: 'PKCS#11 modules, readers and the card or token in each (no PIN: public facts only)',
    args: z.object({}).strict(),
    result: TokensView,
  }),
  contents: op({
    summary:
      "A card's or token's certificates (paired with their keys by CKA_ID), keys and, for a CPS card, its holder; with the PIN, the private objects too",
    args: z.object({ token: TokenRef, pin: TokenPin.optional() }).strict(),
    result: resultOf(TokenContents, TokenError),
  }),
  checkPin: op({
    summary: "Try a PIN (login, then logout): the answer carries the PIN's state after the try",
    args: z.object({ token: TokenRef, pin: TokenPin }).strict(),
    result: resultOf(z.object({ pin: PinState }), TokenError),
  }),
  addModule: op({
    summary:
      'Use another PKCS#11 module, its library chosen in the system file dialog (a typed path only where there is none: the dev bridge); kept in the settings',
    args: z.object({ path: ModulePath.optional() }).strict(),
    result: resultOf(TokensView, TokenError),
  }),
  removeModule: op({
    summary: 'Stop using a module the user added',
    args: z.object({ path: ModulePath }).strict(),
    result: TokensView,
  }),
} as const;

/** Main → renderer: a card, token or reader came or went. */
export const tokenEvents = {
  'tokens.changed': z.object({ slots: z.array(SlotSummary) }),
} as const;
