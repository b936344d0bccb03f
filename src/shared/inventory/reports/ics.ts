import { DAY_MS } from '../deadlines.js';
import type { ReportRow } from './report-row.js';

/**
 * One iCalendar event (RFC 5545) per certificate, on its "à renouveler avant" day, with
 * reminders 30 and 7 days before: IT staff subscribe their calendar to the file and see
 * renewals next to everything else. Already expired or revoked certificates are left out
 * (there is nothing left to renew by a date).
 */

const escapeText = (s: string): string =>
  s.replaceAll('\\', '\\\\').replaceAll(';', '\\;').replaceAll(',', '\\,').replace(/\r?\n/g, '\\n');

/** UTF-8 length of one code point. */
const octetsOf = (ch: string): number => {
  const cp = ch.codePointAt(0) ?? 0;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
};

/** Lines longer than 75 octets are folded (CRLF + space), never inside a UTF-8 character. */
const fold = (line: string): string => {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = octetsOf(ch);
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
};

const stamp = (d: Date): string => `${d.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;

/** The calendar day, in Paris, of the last instant the certificate can be renewed. */
const parisDay = (d: Date): string =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  })
    .format(new Date(d.getTime() - 1)) // a notAfter at exactly midnight in Paris ends the day before
    .replaceAll('-', '');

const nextDay = (yyyymmdd: string): string => {
  const d = new Date(`${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}T00:00:00Z`);
  return new Date(d.getTime() + DAY_MS).toISOString().slice(0, 10).replaceAll('-', '');
};

const commonName = (r: ReportRow): string => r.subjectFields.CN ?? r.subject;

export const toIcs = (rows: readonly ReportRow[], now: Date): string => {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Vigie//Certificats IGC-Santé//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'X-WR-CALNAME:Vigie — renouvellements',
  ];
  for (const r of rows) {
    if (r.status === 'expired' || r.status === 'revoked') continue;
    const day = parisDay(r.notAfter);
    const where = r.locations.map((l) => `${l.source}: ${l.locator}`).join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${r.sha256}-renew@vigie`,
      `DTSTAMP:${stamp(now)}`,
      `DTSTART;VALUE=DATE:${day}`,
      `DTEND;VALUE=DATE:${nextDay(day)}`,
      `SUMMARY:${escapeText(`Renouveler le certificat ${commonName(r)}`)}`,
      `DESCRIPTION:${escapeText(
        `Dernier jour pour renouveler ${r.subject} (émis par ${r.issuer}) : après cette date, ` +
          `il faudra une nouvelle commande.${where ? `\nEmplacements :\n${where}` : ''}`,
      )}`,
      'TRANSP:TRANSPARENT',
    );
    for (const days of [30, 7]) {
      lines.push(
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `TRIGGER:-P${days}D`,
        `DESCRIPTION:${escapeText(`Certificat ${commonName(r)} : à renouveler dans ${days} jours`)}`,
        'END:VALARM',
      );
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
};
