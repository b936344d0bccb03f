import { igcOuEnvironment } from '../../../shared/igc-sante/dn.js';
import { inventoryIgc } from '../../../shared/inventory/inventory-certificate.js';
import { nameFields } from '../../../shared/inventory/name-fields.js';
import { serialHex } from '../../../shared/asn1/values.js';
import { MAX_FILE_BYTES } from '../../../shared/limits.js';
import type { ReadError } from '../../../shared/model/errors.js';
import { err, ok, type Result } from '../../../shared/result.js';
import type { FactsJob, FileFacts } from '../../ports/inspection-runner.js';
import type { CertificateFacts } from '../../ports/inventory-store.js';
import { endOperation, readCertificate } from '../../pki/certificate/index.js';
import { forgetFileCandidates } from '../../pki/chain/index.js';
import { namesOf } from '../../pki/describe/index.js';
import { readFile } from '../../pki/reader/index.js';
import { namesCrl } from '../../pki/revocation/index.js';
import { describeObject, type InspectBytesInput } from './inspect-bytes.js';

/** Whether it names a CRL; an unreadable extension list is checked as if it did. */
const namesCrlOf = (cert: Parameters<typeof namesCrl>[0]): boolean => {
  try {
    return namesCrl(cert);
  } catch {
    return true;
  }
};

/** A scan's job plus the anchors of the thread it runs on. */
export type FactsInput = FactsJob & Pick<InspectBytesInput, 'findAnchor'>;

/**
 * The inventory's reading of a file: what the inspector would say of its certificates, minus
 * what a list never shows. A certificate whose names carry no IGC-Santé mark (O=ASIP-SANTE
 * with an IGC-SANTE OU, in its issuer or subject) cannot be an IGC-Santé certificate, so it
 * is not described in full nor chained: its names, serial and dates come from the one parse.
 * The others go through the inspector's own description, chain and recognition, so "genuine"
 * means the same here as in "Examiner un fichier". A folder of 10,000 web or internal
 * certificates is read in about the time a bare parser takes.
 */
export const inventoryFactsOf = async (input: FactsInput): Promise<Result<FileFacts, ReadError>> => {
  if (input.bytes.length > MAX_FILE_BYTES)
    return err({
      code: 'file-too-large',
      message: `File is ${input.bytes.length} bytes; the limit is ${MAX_FILE_BYTES}`,
      detail: { limit: MAX_FILE_BYTES, size: input.bytes.length },
    });
  const read = await readFile(input.bytes);
  if (!read.ok) return read;
  const fileCerts = read.value.objects.flatMap((o) => (o.type === 'certificate' ? [o.der] : []));
  const certificates: CertificateFacts[] = [];
  try {
    for (const der of fileCerts) {
      const parsed = readCertificate(der);
      // One unreadable certificate must not hide the others in the same file.
      if (!parsed.ok) continue;
      const cert = parsed.value;
      const names = namesOf(cert);
      const facts: CertificateFacts = {
        sha256: cert.sha256,
        der: cert.der,
        subject: names.subject.text,
        issuer: names.issuer.text,
        subjectFields: nameFields(names.subject),
        issuerFields: nameFields(names.issuer),
        serialNumber: serialHex(cert.serial),
        notBefore: cert.notBefore,
        notAfter: cert.notAfter,
        igc: null,
        namesCrl: namesCrlOf(cert),
      };
      if (igcOuEnvironment(names.issuer) !== null || igcOuEnvironment(names.subject) !== null) {
        const item = await describeObject(
          { type: 'certificate', der, verified: true, friendlyName: null, localKeyId: null },
          {
            now: input.now,
            fileCerts,
            storeCerts: input.storeCertificates,
            ...(input.findAnchor ? { findAnchor: input.findAnchor } : {}),
          },
        );
        if (item.ok && item.value.kind === 'certificate')
          facts.igc = inventoryIgc(item.value.igcSante, item.value.chain);
      }
      certificates.push(facts);
    }
  } finally {
    // Same memo discipline as an inspection: this file's chains and parses end with it.
    forgetFileCandidates();
    endOperation();
  }
  return ok({ certificates });
};
