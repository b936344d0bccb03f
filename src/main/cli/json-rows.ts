import type { FileFormat, InspectedItem, InspectionReport, Warning } from '../../shared/model/inspection.js';
import type { IgcSanteInfo } from '../../shared/model/igc-sante.js';
import type { GeneralName } from '../../shared/model/names.js';
import { safeDisplayDeep } from '../../shared/text/safe-display.js';

/**
 * The stable `vigie inspect --json` row: one per certificate, CSR, CRL or private key.
 * Fields that do not apply to a kind are null (a CRL's validity window is thisUpdate →
 * nextUpdate). Scripts depend on these names: add fields, never rename them.
 * Every string is escaped for display (safe-display.ts: `\u{202E}` for a bidi override…);
 * `revealEscapes` gives the raw text back.
 */
export type JsonRow = {
  file: string;
  format: string;
  kind: InspectedItem['kind'];
  subject: string | null;
  issuer: string | null;
  serialNumber: string | null;
  notBefore: string | null;
  notAfter: string | null;
  daysLeft: number | null;
  sha256: string | null;
  spkiSha256: string | null;
  /** Subject alternative names of a certificate or CSR, as `{type, value}`. */
  subjectAltNames: GeneralName[] | null;
  igcSante: ReturnType<typeof igcSanteRow>;
  chain: { status: string; anchor: string | null; reason: string | null } | null;
  verified: boolean | null;
  key?: { algorithm: string; size: number | null; encrypted: boolean };
  /** The file's warnings (a skipped broken PEM block…), repeated on each row of that file. */
  warnings: Warning[];
};

/** A row before the file-level fields are added. */
type ItemRow = Omit<JsonRow, 'warnings'>;

const igcSanteRow = (info: IgcSanteInfo | null) =>
  info && {
    environment: info.environment,
    family: info.family,
    product: info.product,
    issuingCa: info.issuingCa,
    genuine: info.genuine,
    structureId: info.structureId && {
      type: info.structureId.type,
      value: info.structureId.value,
      valid: info.structureId.valid,
    },
    personId: info.personId && { type: info.personId.type, value: info.personId.value },
    profession: info.profession?.label ?? null,
    professionCode: info.profession?.code ?? null,
    departement: info.departement?.code ?? null,
    departementName: info.departement?.name ?? null,
  };

const empty = (file: string, format: string, kind: InspectedItem['kind']): ItemRow => ({
  file,
  format,
  kind,
  subject: null,
  issuer: null,
  serialNumber: null,
  notBefore: null,
  notAfter: null,
  daysLeft: null,
  sha256: null,
  spkiSha256: null,
  subjectAltNames: null,
  igcSante: null,
  chain: null,
  verified: null,
});

const rawRow = (file: string, format: FileFormat, item: InspectedItem): ItemRow => {
  const row = empty(file, format, item.kind);
  switch (item.kind) {
    case 'certificate': {
      const c = item.certificate;
      return {
        ...row,
        subject: c.subject.text,
        issuer: c.issuer.text,
        serialNumber: c.serialNumber,
        notBefore: c.notBefore,
        notAfter: c.notAfter,
        daysLeft: c.daysLeft,
        sha256: c.sha256,
        spkiSha256: c.spkiSha256,
        subjectAltNames: c.subjectAltNames.map(({ type, value }) => ({ type, value })),
        igcSante: igcSanteRow(item.igcSante),
        chain: item.chain && {
          status: item.chain.status,
          anchor: item.chain.anchor?.name ?? null,
          reason: item.chain.reason,
        },
        verified: item.verified,
      };
    }
    case 'csr':
      return {
        ...row,
        subject: item.csr.subject.text,
        sha256: item.csr.sha256,
        spkiSha256: item.csr.spkiSha256,
        subjectAltNames: item.csr.subjectAltNames.map(({ type, value }) => ({ type, value })),
        igcSante: igcSanteRow(item.igcSante),
        verified: item.csr.signatureValid,
      };
    case 'crl':
      return {
        ...row,
        issuer: item.crl.issuer.text,
        notBefore: item.crl.thisUpdate,
        notAfter: item.crl.nextUpdate,
        sha256: item.crl.sha256,
      };
    case 'private-key':
      return {
        ...row,
        spkiSha256: item.key.spkiSha256,
        verified: !item.key.encrypted,
        key: { algorithm: item.key.algorithm, size: item.key.size, encrypted: item.key.encrypted },
      };
  }
};

export const toJsonRows = (file: string, report: InspectionReport): JsonRow[] =>
  report.items.map((item) =>
    safeDisplayDeep({ ...rawRow(file, report.format, item), warnings: report.warnings }),
  );

/**
 * `JSON.stringify(value, null, 2)` as it reads `depth` levels down in a pretty-printed array:
 * the value is printed inside `depth` arrays and the brackets are cut off, so the layout is
 * JSON.stringify's own (no second pass over the text to indent it).
 */
const nestedJson = (value: unknown, depth: number): string => {
  let wrapped: unknown = value;
  for (let i = 0; i < depth; i++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  // Level i (from 0) opens with "[\n" and the next level's indent, 2(i + 1) spaces, and
  // closes with "\n", its own indent (2i spaces) and "]".
  const head = 2 * depth + depth * (depth + 1);
  const tail = 2 * depth + depth * (depth - 1);
  return text.slice(head, text.length - tail);
};

/**
 * One row as `JSON.stringify(rows, null, 2)` prints it inside the array, but still open: it
 * ends before `"warnings"`, which are the file's and only known once the whole file is read.
 * Close it with `closeJsonRow`. Text is far smaller than the described item it replaces.
 */
export const openJsonRowText = (file: string, format: FileFormat, item: InspectedItem): string => {
  const text = nestedJson(safeDisplayDeep(rawRow(file, format, item)), 1);
  // Every row has fields, so the object ends with "\n  }".
  return `  ${text.slice(0, -'\n  }'.length)}`;
};

/** The end shared by all open rows of one file: its warnings and the closing brace. */
export const closeJsonRow = (warnings: Warning[]): string =>
  `,\n    "warnings": ${nestedJson(safeDisplayDeep(warnings), 2)}\n  }`;
