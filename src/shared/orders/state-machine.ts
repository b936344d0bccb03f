import type { Lang, Localized } from '../catalogue/localized.js';
import type { Order, OrderState } from '../model/order.js';
import type { Result } from '../result.js';
import { err, ok } from '../result.js';

/**
 * Where an order may go from each state. Data, so the UI can grey out buttons from the
 * same table the service enforces. csr-exported → csr-exported is the user downloading
 * the CSR again (lost file); it is logged like any step. key-ready / csr-exported → issued:
 * users often bring the certificate back without having clicked "submitted" (or copied the
 * CSR text instead of exporting it); a certificate for the order's own key proves it was.
 */
export const ORDER_TRANSITIONS: Readonly<Record<OrderState, readonly OrderState[]>> = {
  draft: ['key-ready', 'cancelled'],
  'key-ready': ['csr-exported', 'issued', 'cancelled'],
  'csr-exported': ['csr-exported', 'submitted', 'issued', 'cancelled'],
  submitted: ['issued', 'cancelled'],
  issued: ['installed', 'cancelled'],
  installed: [],
  cancelled: [],
};

export type TransitionError = { readonly code: 'invalid-transition'; readonly message: string };

/** The history is a short log, not an audit trail: the first event and the latest ones. */
export const MAX_ORDER_HISTORY = 50;
/** The order schema's bound on a note. */
const MAX_NOTE = 500;

// States may come from disk or IPC: never let "__proto__" or "toString" index a table.
const isState = (table: object, state: unknown): state is OrderState =>
  typeof state === 'string' && Object.prototype.hasOwnProperty.call(table, state);

export const canTransition = (from: OrderState, to: OrderState): boolean =>
  isState(ORDER_TRANSITIONS, from) && ORDER_TRANSITIONS[from].includes(to);

/**
 * Moves an order to `to` at `at`, appending to its history. Returns a new order; the
 * argument is not changed. `at` comes from the caller (shared code reads no clock); an
 * invalid Date is a bug and throws.
 */
export const transition = (
  order: Order,
  to: OrderState,
  at: Date,
  note?: string,
): Result<Order, TransitionError> => {
  if (!canTransition(order.state, to)) {
    return err({
      code: 'invalid-transition',
      message: `An order cannot go from "${String(order.state)}" to "${String(to)}".`,
    });
  }
  const when = at.toISOString();
  const event = { at: when, state: to, note: note === undefined ? null : note.slice(0, MAX_NOTE) };
  const history = [...order.history, event];
  const [first, ...rest] = history;
  const trimmed =
    history.length > MAX_ORDER_HISTORY && first !== undefined
      ? [first, ...rest.slice(rest.length - (MAX_ORDER_HISTORY - 1))]
      : history;
  return ok({ ...order, state: to, history: trimmed, updatedAt: when });
};

/**
 * Logs a step that does not change the state (a re-install, the vault copy of the key
 * destroyed, a backup written), with the same trimming as `transition`.
 */
export const appendNote = (order: Order, at: Date, note: string): Order => {
  const when = at.toISOString();
  const history = [...order.history, { at: when, state: order.state, note: note.slice(0, MAX_NOTE) }];
  const [first, ...rest] = history;
  const trimmed =
    history.length > MAX_ORDER_HISTORY && first !== undefined
      ? [first, ...rest.slice(rest.length - (MAX_ORDER_HISTORY - 1))]
      : history;
  return { ...order, history: trimmed, updatedAt: when };
};

/** What the user should do next; the UI shows the label. */
export type NextStep =
  'generate-key' | 'export-csr' | 'submit-on-platform' | 'wait-for-issue' | 'install' | 'none';

const NEXT_STEP: Readonly<Record<OrderState, NextStep>> = {
  draft: 'generate-key',
  'key-ready': 'export-csr',
  'csr-exported': 'submit-on-platform',
  // The app cannot see the platform: it learns of issuance when the user brings the
  // certificate back and it matches the order's key (spkiSha256). So retrieving is part of
  // waiting, and 'issued' means "we hold the certificate, it is not installed yet".
  submitted: 'wait-for-issue',
  issued: 'install',
  installed: 'none',
  cancelled: 'none',
};

export const nextStep = (order: Pick<Order, 'state'>): NextStep =>
  isState(NEXT_STEP, order.state) ? NEXT_STEP[order.state] : 'none';

export const NEXT_STEP_LABELS: Readonly<Record<NextStep, Localized>> = {
  'generate-key': {
    fr: 'Créer la clé privée, gardée dans le coffre de Vigie sur cet ordinateur.',
    en: 'Create the private key, kept in the Vigie vault on this computer.',
  },
  'export-csr': {
    fr: 'Enregistrer la demande de certificat (fichier .csr.pem) à déposer sur la plateforme IGC-Santé.',
    en: 'Save the certificate request (.csr.pem file) to upload on the IGC-Santé platform.',
  },
  'submit-on-platform': {
    fr: 'Se connecter à la plateforme IGC-Santé avec sa carte CPS/CPE ou e-CPS, y déposer la demande, puis l’indiquer ici.',
    en: 'Log in to the IGC-Santé platform with a CPS/CPE card or e-CPS, upload the request there, then say so here.',
  },
  'wait-for-issue': {
    fr: 'Attendre le courriel de l’ANS, retirer le certificat sur la plateforme (gardez précieusement le code de révocation choisi à ce moment), puis l’importer dans Vigie.',
    en: 'Wait for the ANS e-mail, retrieve the certificate on the platform (keep the revocation code you choose then in a safe place), then import it into Vigie.',
  },
  install: {
    fr: 'Installer le certificat avec sa clé sur l’ordinateur ou le serveur qui s’en servira.',
    en: 'Install the certificate with its key on the computer or server that will use it.',
  },
  none: { fr: 'Rien à faire.', en: 'Nothing to do.' },
};

export const nextStepLabel = (step: NextStep, lang: Lang): string => NEXT_STEP_LABELS[step][lang];
