import { DN_OID } from '../../../shared/catalogue/oids.js';
import { commonName, firstAttr, personRdn } from '../../../shared/igc-sante/dn.js';
import type { CertificateView } from '../../../shared/model/certificate.js';
import type { IgcSanteInfo } from '../../../shared/model/igc-sante.js';
import type { Holder } from '../../../shared/model/order.js';

const clip = (value: string | null | undefined, max = 256): string => (value ?? '').slice(0, max);

/**
 * The holder of an order Vigie did not create (the platform generated the key): read back
 * from the certificate, for display in the orders list. Best effort: a field the
 * certificate does not carry stays empty rather than guessed.
 */
export const holderFromCertificate = (cert: CertificateView, info: IgcSanteInfo): Holder => {
  if (info.family === 'PS' || info.family === 'PRO') {
    const rdn = personRdn(cert.subject) ?? [];
    const inRdn = (oid: string) => rdn.find((a) => a.oid === oid)?.value ?? firstAttr(cert.subject, oid);
    return {
      kind: 'person',
      personIdType: info.personId?.type === 'ADELI' ? 'ADELI' : 'RPPS',
      personId: clip(info.personId?.value, 32),
      surname: clip(inRdn(DN_OID.SN)),
      givenName: clip(inRdn(DN_OID.GN)),
      professionCode: clip(info.profession?.code, 4),
    };
  }
  const cn = commonName(cert.subject);
  return {
    kind: 'structure',
    legalName: clip(firstAttr(cert.subject, DN_OID.O)),
    structureIdType: info.structureId?.type ?? 'FINESS',
    structureId: clip(info.structureId?.value, 32),
    departement: clip(info.departement?.code, 3),
    commonName: clip(cn),
    dnsNames: cert.subjectAltNames
      .filter((n) => n.type === 'dns' && n.value !== cn)
      .map((n) => n.value.slice(0, 253))
      .slice(0, 50),
  };
};
