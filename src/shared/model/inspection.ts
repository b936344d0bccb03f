import { z } from 'zod';
import { CertificateView, CrlView, CsrView, PrivateKeyView } from './certificate.js';
import { ChainReport } from './chain.js';
import { IgcSanteInfo } from './igc-sante.js';

export const FileFormat = z.enum(['pem', 'der', 'pkcs7', 'pkcs12']);
export type FileFormat = z.infer<typeof FileFormat>;

export const InspectedItem = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('certificate'),
    /** False for certificates read from a PKCS#12 whose integrity (MAC) is not yet checked. */
    verified: z.boolean(),
    friendlyName: z.string().nullable(),
    certificate: CertificateView,
    igcSante: IgcSanteInfo.nullable(),
    chain: ChainReport.nullable(),
  }),
  z.object({ kind: z.literal('csr'), csr: CsrView, igcSante: IgcSanteInfo.nullable() }),
  z.object({ kind: z.literal('crl'), crl: CrlView }),
  z.object({
    kind: z.literal('private-key'),
    friendlyName: z.string().nullable(),
    key: PrivateKeyView,
  }),
]);
export type InspectedItem = z.infer<typeof InspectedItem>;

export const Pkcs12Summary = z.object({
  /** 'verified' once the MAC checked out with the password; 'none' when the file has no MAC. */
  integrity: z.enum(['verified', 'not-verified', 'none']),
  /** Something in the file is still locked (encrypted bags or an unchecked MAC). */
  passwordRequired: z.boolean(),
  /** Names of the encryption schemes found (e.g. "PBES2 AES-256-CBC", "3DES", "RC2-40"). */
  encryption: z.array(z.string()),
  macAlgorithm: z.string().nullable(),
  macIterations: z.number().int().nullable(),
});
export type Pkcs12Summary = z.infer<typeof Pkcs12Summary>;

export const Warning = z.object({
  code: z.string(),
  message: z.string(),
  /** Machine-readable specifics (e.g. `pem-broken-block`: label, ordinal, line, cause). */
  detail: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type Warning = z.infer<typeof Warning>;

export const InspectionReport = z.object({
  fileName: z.string(),
  size: z.number().int(),
  format: FileFormat,
  items: z.array(InspectedItem),
  pkcs12: Pkcs12Summary.nullable(),
  warnings: z.array(Warning),
});
export type InspectionReport = z.infer<typeof InspectionReport>;
