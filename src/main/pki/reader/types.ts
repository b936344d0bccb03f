import type { PrivateKeyView } from '../../../shared/model/certificate.js';
import type { FileFormat, Pkcs12Summary } from '../../../shared/model/inspection.js';

export type ReadOptions = { password?: string };

export type ReadObject =
  | {
      type: 'certificate';
      der: Uint8Array;
      /** False while it comes from a PKCS#12 whose MAC has not been checked (or has none). */
      verified: boolean;
      friendlyName: string | null;
      /** PKCS#12 localKeyId, upper-case hex: pairs a certificate with its key bag. */
      localKeyId: string | null;
    }
  | { type: 'csr'; der: Uint8Array }
  | { type: 'crl'; der: Uint8Array }
  | { type: 'private-key'; key: PrivateKeyView; friendlyName: string | null; localKeyId: string | null };

export type Warning = {
  code: string;
  message: string;
  /** Machine-readable specifics, e.g. which PEM block was skipped. */
  detail?: Record<string, string | number>;
};

export type ReaderOutput = {
  format: FileFormat;
  objects: ReadObject[];
  pkcs12: Pkcs12Summary | null;
  warnings: Warning[];
};
