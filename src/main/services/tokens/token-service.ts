import { randomBytes } from 'node:crypto';
import type {
  PinState,
  SlotSummary,
  TokenContents,
  TokenError,
  TokenRef,
  TokensView,
} from '../../../shared/model/token.js';
import { err, ok, type Result } from '../../../shared/result.js';
import type { EventSink } from '../../ports/event-sink.js';
import type { SlotInfo, TokenInfo, TokenProvider } from '../../ports/token-provider.js';
import type { Inspector } from '../inspector/inspect-file.js';
import { checkPinBeforeLogin } from './pin-rules.js';
import { objectLabels, tokenContents, tokenSummary } from './token-contents.js';
import type { TokenModules } from './token-modules.js';

export type TokenServiceDeps = {
  provider: TokenProvider;
  inspector: Pick<Inspector, 'inspect'>;
  events: EventSink;
  modules: TokenModules;
  /** The system file dialog for a module's library; none where there is no dialog (dev bridge, CLI). */
  chooseModule?: () => Promise<string | null>;
  /** The certificates of the cards and tokens present, for the inventory (see token-places.ts). */
  onPlaces?: (places: TokenPlace[]) => Promise<void>;
};

/** One card or token's certificates, at the place the inventory records them. */
export type TokenPlace = { locator: string; ders: Uint8Array[] };

type PresentSlot = SlotInfo & { token: TokenInfo };

const absent = (ref: TokenRef): TokenError => ({
  code: 'token-absent',
  message: `No card or token ${ref.serial} in a reader of ${ref.module}`,
  ckr: null,
});

/** The inventory's place for a token: its label and serial, which stay when slots are renumbered. */
export const tokenLocator = (token: { label: string; serial: string }): string =>
  `${token.label.trim() || 'Jeton'} (${token.serial})`;

/**
 * Cards and tokens as the user sees them: which modules are there, which readers and cards,
 * what each card holds, and its PIN's state before any try. Every PIN goes through the
 * rules of pin-rules.ts before it reaches a card, so a PIN that cannot be right never
 * costs the card a try. Slot changes (a card inserted or removed) reach the window as
 * `tokens.changed` and the inventory as places.
 */
export const createTokenService = (deps: TokenServiceDeps) => {
  const moduleKind = async (path: string) =>
    (await deps.provider.modules()).find((m) => m.path === path)?.kind ?? 'other';

  const present = (slots: SlotInfo[]): PresentSlot[] =>
    slots.filter((s): s is PresentSlot => s.token !== null);

  const find = async (ref: TokenRef): Promise<Result<PresentSlot, TokenError>> => {
    const slot = present(await deps.provider.slots()).find(
      (s) => s.module === ref.module && s.token.serial === ref.serial,
    );
    return slot ? ok(slot) : err(absent(ref));
  };

  /** The slot's token with what tells a CPS card: its public object labels. */
  const summarize = async (slot: PresentSlot) => {
    const objects = await deps.provider.objects({ module: slot.module, serial: slot.token.serial });
    const labels = objects.ok ? objectLabels(objects.value) : [];
    return { summary: tokenSummary(slot.token, await moduleKind(slot.module), labels), objects };
  };

  const slotSummaries = async (slots: SlotInfo[]): Promise<SlotSummary[]> => {
    const out: SlotSummary[] = [];
    for (const s of slots) {
      const token = s.token ? (await summarize({ ...s, token: s.token })).summary : null;
      out.push({
        module: s.module,
        slotId: s.slotId,
        description: s.description,
        reader: s.reader,
        removable: s.removable,
        token,
      });
    }
    return out;
  };

  const places = async (slots?: SlotInfo[]): Promise<TokenPlace[]> => {
    const seen = new Set<string>();
    const out: TokenPlace[] = [];
    for (const slot of present(slots ?? (await deps.provider.slots()))) {
      const locator = tokenLocator(slot.token);
      // One card read through two modules (OpenSC and Cryptolib) is one place.
      if (seen.has(locator)) continue;
      seen.add(locator);
      const objects = await deps.provider.objects({ module: slot.module, serial: slot.token.serial });
      if (objects.ok) out.push({ locator, ders: objects.value.certificates.map((c) => c.der) });
    }
    return out;
  };

  /** Checks the PIN against the card's rules and state; then `run` logs in with it. */
  const withPin = async <T>(
    ref: TokenRef,
    pin: string,
    run: (slot: PresentSlot) => Promise<Result<T, TokenError>>,
  ): Promise<Result<T, TokenError>> => {
    const slot = await find(ref);
    if (!slot.ok) return slot;
    const { summary } = await summarize(slot.value);
    const allowed = checkPinBeforeLogin(summary, pin);
    if (!allowed.ok) return allowed;
    return run(slot.value);
  };

  let unsubscribe: (() => void) | null = null;

  return {
    async view(): Promise<TokensView> {
      const modules = await deps.provider.modules();
      return { modules, slots: await slotSummaries(await deps.provider.slots()) };
    },

    async contents(ref: TokenRef, pin?: string): Promise<Result<TokenContents, TokenError>> {
      const slot = await find(ref);
      if (!slot.ok) return slot;
      const { summary, objects: open } = await summarize(slot.value);
      let objects = open;
      if (pin !== undefined) {
        const allowed = checkPinBeforeLogin(summary, pin);
        if (!allowed.ok) return allowed;
        objects = await deps.provider.objects(ref, pin);
      }
      if (!objects.ok) return objects;
      return ok(await tokenContents(slot.value, summary, objects.value, deps.inspector));
    },

    async checkPin(ref: TokenRef, pin: string): Promise<Result<{ pin: PinState }, TokenError>> {
      return withPin(ref, pin, async () => {
        const tried = await deps.provider.checkPin(ref, pin);
        if (!tried.ok) return tried;
        const after = await find(ref);
        return after.ok ? ok({ pin: after.value.token.pin }) : after;
      });
    },

    /**
     * Loading a module runs its native code in Vigie: the path comes from the system file
     * dialog, never from the window (a compromised renderer must not choose what main loads).
     * Only where there is no dialog (the dev bridge, tests) is a typed path taken.
     */
    async addModule(typed?: string): Promise<Result<TokensView, TokenError>> {
      let path = typed;
      if (deps.chooseModule) {
        if (typed !== undefined)
          return err({
            code: 'dialog-only',
            message: 'A module is chosen in the system file dialog, not typed',
            ckr: null,
          });
        const chosen = await deps.chooseModule();
        if (chosen === null) return err({ code: 'cancelled', message: 'No module chosen', ckr: null });
        path = chosen;
      }
      if (path === undefined)
        return err({ code: 'no-dialog', message: 'No file dialog here: type the module path', ckr: null });
      const added = await deps.modules.add(path);
      if (!added.ok) return added;
      return ok(await this.view());
    },

    async removeModule(path: string): Promise<TokensView> {
      await deps.modules.remove(path);
      return this.view();
    },

    places,

    /** An RSA key generated on the token for an order: sensitive, never extractable. */
    generateKey(ref: TokenRef, pin: string, spec: { bits: 2048 | 3072 | 4096; label: string }) {
      return withPin(ref, pin, async (slot) => {
        if (slot.token.writeProtected)
          return err<TokenError>({
            code: 'write-protected',
            message: 'This card or token is write-protected: no key can be made on it',
            ckr: null,
          });
        // CKA_ID chosen here, so the certificate imported later on can take the same.
        const id = randomBytes(8).toString('hex').toUpperCase();
        return deps.provider.generateRsaKey(ref, pin, { bits: spec.bits, label: spec.label, id });
      });
    },

    sign(ref: TokenRef, pin: string, keyId: string, data: Uint8Array) {
      return withPin(ref, pin, () => deps.provider.signSha256Rsa(ref, pin, keyId, data));
    },

    importCertificate(ref: TokenRef, pin: string, cert: { der: Uint8Array; id: string; label: string }) {
      return withPin(ref, pin, () => deps.provider.importCertificate(ref, pin, cert));
    },

    /**
     * Follows slot changes: the window is told, the inventory records what the cards hold;
     * the cards already in their readers are recorded once at start.
     */
    start(): void {
      if (unsubscribe) return;
      // A failure here is a module gone wrong mid-read: the next change or refresh reads again.
      const record = (slots?: SlotInfo[]) =>
        deps.onPlaces ? places(slots).then(deps.onPlaces) : Promise.resolve();
      unsubscribe = deps.provider.onChange((slots) => {
        void (async () => {
          deps.events.emit('tokens.changed', { slots: await slotSummaries(slots) });
          await record(slots);
        })().catch(() => undefined);
      });
      void record().catch(() => undefined);
    },

    async stop(): Promise<void> {
      unsubscribe?.();
      unsubscribe = null;
      await deps.provider.close();
    },
  };
};

export type TokenService = ReturnType<typeof createTokenService>;
