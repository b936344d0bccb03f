import type { DesktopNotification } from '../../ports/notifier.js';

/** One certificate whose threshold was crossed: what the notification says about it. */
export type Due = { sha256: string; subject: string; renewBy: Date; expired: boolean };

const longDate = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' });

/** "1er avril 2027", as French writes the first of the month (Intl says "1 avril"). */
const dateFr = { format: (d: Date): string => longDate.format(d).replace(/^1 /, '1er ') };

/** The common name of an RFC 4514 subject, else the whole text (shown, not parsed further). */
export const shortName = (subject: string): string => {
  const cn = /(?:^|,)CN=((?:\\.|[^,\\])*)/.exec(subject)?.[1];
  return (cn ?? subject).replace(/\\(.)/g, '$1');
};

const line = (d: Due): string =>
  d.expired
    ? `${shortName(d.subject)} a expiré le ${dateFr.format(d.renewBy)} : il faut en commander un nouveau.`
    : `${shortName(d.subject)} : à renouveler avant le ${dateFr.format(d.renewBy)}.`;

/** At most this many names in a grouped notification; the rest is counted. */
const LISTED = 3;

/**
 * One notification for everything that fell due at once (a wake-up after a week asleep must
 * not fire ten): the certificate itself when alone, else a count and the first names.
 */
export const expiryNotice = (due: readonly Due[]): DesktopNotification => {
  const sorted = [...due].sort((a, b) => a.renewBy.getTime() - b.renewBy.getTime());
  const certificates = sorted.map((d) => d.sha256);
  const [only] = sorted;
  if (sorted.length === 1 && only) {
    return {
      title: only.expired ? 'Certificat expiré' : 'Certificat à renouveler',
      body: line(only),
      certificates,
    };
  }
  const rest = sorted.length - LISTED;
  const body = [...sorted.slice(0, LISTED).map(line), ...(rest > 0 ? [`… et ${rest} autre(s).`] : [])].join(
    '\n',
  );
  return { title: `${sorted.length} certificats demandent votre attention`, body, certificates };
};

/**
 * Certificates a sweep found revoked since the last one: said at once, in one notification,
 * since a revoked certificate stops working now (no threshold counts down to it).
 */
export const revokedNotice = (
  revoked: readonly { sha256: string; subject: string }[],
): DesktopNotification => {
  const certificates = revoked.map((r) => r.sha256);
  const [only] = revoked;
  if (revoked.length === 1 && only)
    return {
      title: 'Certificat révoqué',
      body: `${shortName(only.subject)} a été révoqué : il n'est plus accepté. Commandez-en un nouveau.`,
      certificates,
    };
  const rest = revoked.length - LISTED;
  const names = revoked.slice(0, LISTED).map((r) => shortName(r.subject));
  return {
    title: `${revoked.length} certificats révoqués`,
    body: `${names.join(', ')}${rest > 0 ? ` et ${rest} autre(s)` : ''} ne sont plus acceptés.`,
    certificates,
  };
};
