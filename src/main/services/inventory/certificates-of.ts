import { inventoryIgc } from '../../../shared/inventory/inventory-certificate.js';
import { nameFields } from '../../../shared/inventory/name-fields.js';
import type { InspectionReport } from '../../../shared/model/inspection.js';
import type { CertificateFacts } from '../../ports/inventory-store.js';
import { scanPem } from '../../pki/pem/index.js';

/** The DER bytes of the PEM text the inspector gives in its view, read by the project's PEM reader. */
const derOfPem = (pem: string): Uint8Array => {
  const [first] = scanPem(new TextEncoder().encode(pem));
  if (first?.kind !== 'block') throw new Error('inspector: a certificate view without its PEM');
  return first.block.der;
};

/** cRLDistributionPoints and freshestCRL: a certificate with either can be checked against a CRL. */
const CRL_EXTENSIONS = new Set(['2.5.29.31', '2.5.29.46']);

/** The certificates of an inspection, as the inventory keeps them. */
export const certificatesOf = (report: InspectionReport): CertificateFacts[] =>
  report.items.flatMap((item) =>
    item.kind === 'certificate'
      ? [
          {
            sha256: item.certificate.sha256,
            der: derOfPem(item.certificate.pem),
            subject: item.certificate.subject.text,
            issuer: item.certificate.issuer.text,
            subjectFields: nameFields(item.certificate.subject),
            issuerFields: nameFields(item.certificate.issuer),
            serialNumber: item.certificate.serialNumber,
            notBefore: new Date(item.certificate.notBefore),
            notAfter: new Date(item.certificate.notAfter),
            namesCrl: item.certificate.extensions.some((e) => CRL_EXTENSIONS.has(e.oid)),
            igc: inventoryIgc(item.igcSante, item.chain),
          },
        ]
      : [],
  );
