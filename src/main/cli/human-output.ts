import type { GeneralName } from '../../shared/model/names.js';
import type { InspectedItem, InspectionReport } from '../../shared/model/inspection.js';
import { safeDisplay } from '../../shared/text/safe-display.js';

const colon = (hex: string) => hex.match(/.{1,2}/g)?.join(':') ?? hex;

const sanLines = (names: readonly GeneralName[]): string[] =>
  names.length === 0 ? [] : [`  Alt. names:   ${names.map((n) => `${n.type}:${n.value}`).join(', ')}`];

const certificateLines = (item: Extract<InspectedItem, { kind: 'certificate' }>): string[] => {
  const c = item.certificate;
  const igc = item.igcSante;
  const lines = [
    `Certificate${item.verified ? '' : ' (not yet verified: PKCS#12 integrity not checked)'}`,
    `  Subject:      ${c.subject.text}`,
    `  Issuer:       ${c.issuer.text}`,
    ...sanLines(c.subjectAltNames),
    `  Serial:       ${c.serialNumber}`,
    `  Valid:        ${c.notBefore} → ${c.notAfter} (${c.daysLeft >= 0 ? `${c.daysLeft} days left` : `expired ${-c.daysLeft} days ago`})`,
    `  SHA-256:      ${colon(c.sha256)}`,
    `  SPKI SHA-256: ${colon(c.spkiSha256)}`,
  ];
  if (igc) {
    // A look-alike keeps its shape, but the line must never read as an IGC-Santé certificate.
    const shape = `${igc.environment.toUpperCase()} ${igc.family}${igc.product ? ` ${igc.product}` : ''}`;
    lines.push(
      igc.genuine
        ? `  IGC-Santé:    ${shape}${igc.issuingCa ? ` (issued by ${igc.issuingCa})` : ''}`
        : `  IGC-Santé:    NOT GENUINE — looks like ${shape}, but does not chain to a pinned IGC-Santé anchor`,
    );
    if (igc.structureId) {
      lines.push(
        `  Structure:    ${igc.structureId.type ?? '?'} ${igc.structureId.value}${igc.structureId.valid ? '' : ' (check digit does not match)'}`,
      );
    }
    if (igc.personId) lines.push(`  Person:       ${igc.personId.type} ${igc.personId.value}`);
    if (igc.profession) lines.push(`  Profession:   ${igc.profession.label}`);
    if (igc.departement) lines.push(`  Département:  ${igc.departement.name} (${igc.departement.code})`);
  }
  if (item.chain) {
    const ch = item.chain;
    lines.push(
      `  Chain:        ${ch.status}${ch.anchor ? ` → ${ch.anchor.name}` : ''}${ch.reason ? ` (${ch.reason})` : ''}`,
    );
  }
  return lines;
};

const itemLines = (item: InspectedItem): string[] => {
  switch (item.kind) {
    case 'certificate':
      return certificateLines(item);
    case 'csr':
      return [
        'Certificate request (PKCS#10)',
        `  Subject:      ${item.csr.subject.text}`,
        ...sanLines(item.csr.subjectAltNames),
        `  Key:          ${item.csr.publicKey.algorithm}${item.csr.publicKey.size ? ` ${item.csr.publicKey.size}` : ''}`,
        `  Signature:    ${item.csr.signatureValid === null ? 'not checked' : item.csr.signatureValid ? 'valid' : 'INVALID'}`,
        `  SPKI SHA-256: ${colon(item.csr.spkiSha256)}`,
      ];
    case 'crl':
      return [
        'Certificate revocation list',
        `  Issuer:       ${item.crl.issuer.text}`,
        `  This update:  ${item.crl.thisUpdate}`,
        `  Next update:  ${item.crl.nextUpdate ?? '—'}`,
        `  Revoked:      ${item.crl.revokedCount}`,
      ];
    case 'private-key':
      return [
        `Private key${item.key.encrypted ? ' (encrypted)' : ''}`,
        `  Algorithm:    ${item.key.algorithm}${item.key.size ? ` ${item.key.size}` : ''}${item.key.curve ? ` ${item.key.curve}` : ''}`,
      ];
  }
};

/**
 * The text report of one file. Names, alternative names, file names and messages come from
 * the file or its name, so every line goes through safeDisplay: a newline or a bidi override
 * in a certificate cannot forge or reorder a line of the report (see safe-display.ts).
 */
export const formatReport = (file: string, report: InspectionReport): string => {
  const out = [`${file}: ${report.format.toUpperCase()}, ${report.items.length} object(s)`];
  if (report.pkcs12?.passwordRequired)
    out.push('  Password required to open the rest of this PKCS#12 (use --password-stdin).');
  for (const w of report.warnings) out.push(`  Warning: ${w.message}`);
  for (const item of report.items) out.push('', ...itemLines(item));
  return out.map(safeDisplay).join('\n');
};
