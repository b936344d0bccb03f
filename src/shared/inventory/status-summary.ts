import type { InventoryStatus } from './deadlines.js';

export type StatusCounts = Record<InventoryStatus, number>;

export const countStatuses = (statuses: Iterable<InventoryStatus>): StatusCounts => {
  const counts: StatusCounts = {
    valid: 0,
    'renew-soon': 0,
    'renew-now': 0,
    expired: 0,
    revoked: 0,
    unrecognised: 0,
  };
  for (const s of statuses) counts[s]++;
  return counts;
};

/** What needs doing, at a glance (the tray's dot, the window's badge). */
export const attentionLevel = (c: StatusCounts): 'ok' | 'soon' | 'urgent' =>
  c['renew-now'] + c.expired + c.revoked > 0 ? 'urgent' : c['renew-soon'] > 0 ? 'soon' : 'ok';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** One French line for the tray's tooltip: "Vigie — 12 certificats, 2 à renouveler maintenant". */
export const summaryLine = (c: StatusCounts): string => {
  const total = Object.values(c).reduce((a, b) => a + b, 0);
  const parts = [plural(total, 'certificat', 'certificats')];
  const urgent = c['renew-now'];
  if (urgent > 0) parts.push(`${urgent} à renouveler maintenant`);
  if (c['renew-soon'] > 0) parts.push(`${c['renew-soon']} à renouveler bientôt`);
  if (c.expired > 0) parts.push(plural(c.expired, 'expiré', 'expirés'));
  if (c.revoked > 0) parts.push(plural(c.revoked, 'révoqué', 'révoqués'));
  return `Vigie — ${parts.join(', ')}`;
};
