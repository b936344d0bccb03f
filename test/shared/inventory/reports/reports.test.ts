import ICAL from 'ical.js';
import { parse as parseCsv } from 'csv-parse/sync';
import parsePrometheus from 'parse-prometheus-text-format';
import { toCsv, CSV_HEADER } from '../../../../src/shared/inventory/reports/csv.js';
import { toIcs } from '../../../../src/shared/inventory/reports/ics.js';
import { toPrometheus } from '../../../../src/shared/inventory/reports/prometheus.js';
import type { ReportRow } from '../../../../src/shared/inventory/reports/report-row.js';

const NOW = new Date('2027-01-15T09:00:00Z');

const rows: ReportRow[] = [
  {
    sha256: 'A'.repeat(64),
    subject: 'CN=Dr Élodie Martin,O=Cabinet médical\\, Lyon,C=FR',
    issuer: 'CN=TEST AC IGC-SANTE ELEMENTAIRE PERSONNES,OU=IGC-SANTE TEST,O=ASIP-SANTE,C=FR',
    subjectFields: { CN: 'Dr Élodie Martin', O: 'Cabinet médical, Lyon', C: 'FR' },
    issuerFields: {
      CN: 'TEST AC IGC-SANTE ELEMENTAIRE PERSONNES',
      OU: 'IGC-SANTE TEST',
      O: 'ASIP-SANTE',
      C: 'FR',
    },
    serialNumber: '0F4240',
    notBefore: new Date('2024-03-01T00:00:00Z'),
    notAfter: new Date('2027-03-01T00:00:00Z'),
    igc: null,
    status: 'renew-soon',
    locations: [
      { source: 'folder', locator: '/srv/certs/martin "pro".p12' },
      { source: 'nss', locator: '/home/martin/.pki/nssdb' },
    ],
  },
  {
    // Hostile text: a formula, a tab, a quote, a newline, and a very long name.
    sha256: 'B'.repeat(64),
    subject: `CN==HYPERLINK("http://x")\t"q"\n${'é'.repeat(60)}`,
    issuer: '@SUM(1+1)',
    subjectFields: { CN: `=HYPERLINK("http://x")\t"q"\n${'é'.repeat(60)}` },
    issuerFields: {},
    serialNumber: '01',
    notBefore: new Date('2026-01-01T00:00:00Z'),
    notAfter: new Date('2027-01-20T12:00:00Z'),
    igc: null,
    status: 'renew-now',
    locations: [],
  },
  {
    sha256: 'C'.repeat(64),
    subject: 'CN=old.example',
    issuer: 'CN=Old CA',
    subjectFields: { CN: 'old.example' },
    issuerFields: { CN: 'Old CA' },
    serialNumber: '02',
    notBefore: new Date('2020-01-01T00:00:00Z'),
    notAfter: new Date('2026-01-01T00:00:00Z'),
    igc: null,
    status: 'expired',
    locations: [{ source: 'folder', locator: 'C:\\certs\\old.cer' }],
  },
];

describe('CSV report', () => {
  it('reads back with a CSV parser, every cell as written, formulas neutralised', () => {
    const text = toCsv(rows);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const records = parseCsv(text.slice(1), { delimiter: ';', relaxQuotes: false }) as string[][];
    expect(records[0]).toEqual([...CSV_HEADER]);
    expect(records).toHaveLength(4);
    expect(records[1]?.slice(0, 6)).toEqual([
      rows[0]?.subject,
      rows[0]?.issuer,
      '0F4240',
      '2024-03-01',
      '2027-03-01',
      'à renouveler bientôt',
    ]);
    expect(records[1]?.[6]).toBe('folder:/srv/certs/martin "pro".p12\nnss:/home/martin/.pki/nssdb');
    // Every cell a spreadsheet would evaluate starts with an apostrophe.
    for (const record of records) for (const cell of record) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(records[2]?.[0]).toBe(`'${rows[1]?.subject}`.replace("'CN==", 'CN==')); // starts with C: kept
    expect(records[2]?.[1]).toBe("'@SUM(1+1)");
  });
});

describe('Prometheus exposition', () => {
  it('parses with a Prometheus text-format parser, with the exporter names and labels', () => {
    const families = parsePrometheus(toPrometheus(rows, NOW));
    expect(families.map((f) => [f.name, f.type])).toEqual([
      ['x509_cert_not_after', 'GAUGE'],
      ['x509_cert_not_before', 'GAUGE'],
      ['x509_cert_expired', 'GAUGE'],
    ]);
    const notAfter = families[0]?.metrics ?? [];
    // One series per place: two for the first certificate, one each for the others.
    expect(notAfter).toHaveLength(4);
    expect(notAfter[0]?.labels).toMatchObject({
      serial_number: '1000000',
      subject_CN: 'Dr Élodie Martin',
      subject_O: 'Cabinet médical, Lyon',
      subject_OU: '',
      issuer_OU: 'IGC-SANTE TEST',
      filepath: '/srv/certs/martin "pro".p12',
      filename: 'martin "pro".p12',
    });
    expect(notAfter[0]?.value).toBe(String(Date.parse('2027-03-01T00:00:00Z') / 1000));
    expect(notAfter[1]?.labels).toMatchObject({ filepath: '', filename: '' }); // the NSS place
    expect(notAfter[2]?.labels?.['subject_CN']).toBe(rows[1]?.subjectFields.CN);
    expect(notAfter[3]?.labels).toMatchObject({ filename: 'old.cer' });
    expect(families[2]?.metrics.map((m) => m.value)).toEqual(['0', '0', '0', '1']);
  });
});

describe('iCalendar', () => {
  it('parses with an iCalendar parser: one all-day event per certificate to renew, with reminders', () => {
    const text = toIcs(rows, NOW);
    for (const line of text.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(2); // the expired one has no renewal date
    const [martin, hostile] = events;
    expect(martin?.uid).toBe(`${'A'.repeat(64)}-renew@vigie`);
    // notAfter is 00:00 UTC = 01:00 in Paris on 1 March: still valid that day, so that is the date.
    expect(martin?.startDate.toString()).toBe('2027-03-01');
    expect(martin?.summary).toBe('Renouveler le certificat Dr Élodie Martin');
    expect(martin?.description).toContain('Emplacements :\nfolder: /srv/certs/martin "pro".p12');
    const alarms = martin?.component.getAllSubcomponents('valarm') ?? [];
    expect(alarms.map((a) => a.getFirstPropertyValue('trigger')?.toString())).toEqual(['-P30D', '-P7D']);
    expect(hostile?.summary).toBe(`Renouveler le certificat ${rows[1]?.subjectFields.CN}`);
  });
});
