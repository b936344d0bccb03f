import { normalizeIdInput } from '../identifiers/id-result.js';
import type { Order } from '../model/order.js';

const MAX_PART = 40;

/**
 * One part of a file name: accents dropped ("Hôpital" → "Hopital"), anything outside
 * [A-Za-z0-9.-] turned into "_", runs collapsed, no leading or trailing punctuation (a
 * name starting with "." is hidden, "-" reads as an option to command-line tools).
 */
const slug = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9.-]+/g, '_')
    .replace(/[._-]{2,}/g, (run) => run.charAt(0))
    .slice(0, MAX_PART)
    .replace(/^[._-]+|[._-]+$/g, '');

/** Identifiers as the validators store them: typed spaces removed, upper case. */
const holderParts = (order: Order): string[] => {
  const h = order.holder;
  const id = slug(normalizeIdInput(h.kind === 'person' ? h.personId : h.structureId)) || 'unknown';
  if (h.kind === 'person') return [id];
  // The CN tells apart two certificates of one structure (INSI-AUTO and INSI-MANU, two servers).
  const cn = slug(h.commonName);
  return cn === '' ? [id] : [id, cn];
};

const DATE = /^\d{4}-\d{2}-\d{2}/;

/**
 * A CSR file name a user can recognise and every OS accepts, e.g.
 * `ORG_AUTH_CLI-0B0221636-INSI-AUTO-TEST-2026-11-22.csr.pem`: product, holder identifier,
 * the structure's CN when there is one, platform, and the order's creation date (so
 * downloading again gives the same name). Only [A-Za-z0-9._-], whatever the holder typed.
 */
export const csrFileName = (order: Order): string => {
  const env = order.environment === 'test' ? 'TEST' : 'PROD';
  const date = DATE.exec(order.createdAt)?.[0] ?? 'undated';
  const parts = [slug(order.product), ...holderParts(order), env, date];
  return `${parts.join('-')}.csr.pem`;
};
