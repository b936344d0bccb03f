import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CertificateView } from '../../../src/shared/model/certificate.js';
import { IgcSanteInfo } from '../../../src/shared/model/igc-sante.js';
import { findPinnedCa, recognizeCertificate } from '../../../src/shared/igc-sante/index.js';
import { viewFromDer } from './view-from-der.js';
import { VECTORS, certificatesIn, certificatesInP12, listVectorFiles, vectorFile } from './vectors.js';

const p12Certs = certificatesInP12(vectorFile('end-entity', 'INSI-AUTO-certificate.p12'));
const leafDer = p12Certs[0];

describe('recognizeCertificate on the real TEST platform download', () => {
  it('extracts the leaf with openssl and builds a valid CertificateView', () => {
    expect(p12Certs).toHaveLength(3);
    expect(leafDer).toBeDefined();
    const view = viewFromDer(leafDer ?? new Uint8Array());
    expect(CertificateView.safeParse(view).success).toBe(true);
    expect(view.subject.text).toBe(
      'CN=INSI-MANU,OU=10B0221636,O=CENTRE DE SANTE RPPS22163,ST=Rhône (69),C=FR',
    );
    expect(view.notAfter).toBe('2028-04-25T09:15:10.000Z');
  });

  it('says: TEST, ORG, ORG_AUTH_CLI, FINESS 0B0221636, Rhône (69)', () => {
    const info = recognizeCertificate(viewFromDer(leafDer ?? new Uint8Array()));
    expect(info).toEqual({
      environment: 'test',
      family: 'ORG',
      product: 'ORG_AUTH_CLI',
      issuingCa: 'ACI-EL-ORG-TEST',
      medium: 'software',
      structureId: { type: 'FINESS', value: '0B0221636', raw: '10B0221636', valid: true },
      personId: null,
      profession: null,
      departement: { code: '69', name: 'Rhône' },
      cardType: null,
      // Recognition alone proves nothing: only the chain to a pinned anchor does (withChain).
      genuine: false,
    });
    expect(IgcSanteInfo.safeParse(info).success).toBe(true);
  });

  it('recognises the two TEST CAs bundled with it', () => {
    const [, aci, acr] = p12Certs.map((der) => recognizeCertificate(viewFromDer(der)));
    expect(aci).toMatchObject({ environment: 'test', family: 'CA', issuingCa: 'ACR-EL-TEST', product: null });
    expect(acr).toMatchObject({ environment: 'test', family: 'CA', issuingCa: 'ACR-EL-TEST' });
  });
});

describe('recognizeCertificate on the pinned CA certificates', () => {
  it.each(['prod', 'test'] as const)('labels every CA of vectors/igc-sante/%s', (folder) => {
    for (const file of listVectorFiles(folder)) {
      for (const der of certificatesIn(file)) {
        const view = viewFromDer(der);
        const pinned = findPinnedCa(view.sha256);
        const info = recognizeCertificate(view);
        expect(info, file).not.toBeNull();
        expect(info?.family).toBe('CA');
        expect(info?.environment).toBe(pinned?.environment);
        expect(info?.product).toBeNull();
        expect(info?.departement).toBeNull();
        // Intermediates are issued by their range's root; roots by themselves.
        const rootShort = pinned?.short.replace(/^ACI-(EL|ST|FO)-(ORG|PP)/, 'ACR-$1');
        expect(info?.issuingCa).toBe(rootShort);
        expect(info?.structureId).toEqual({
          type: 'SIREN',
          value: '187512751',
          raw: '0002 187512751',
          valid: true,
        });
        expect(IgcSanteInfo.safeParse(info).success).toBe(true);
      }
    }
  });
});

describe('recognizeCertificate on foreign certificates', () => {
  it.each(['GoodCACert.crt', 'AllCertificatesNoPoliciesTest2EE.crt', 'DSACACert.crt'])(
    'returns null for NIST PKITS %s',
    (name) => {
      const der = new Uint8Array(readFileSync(path.join(VECTORS, '..', 'nist-pkits', 'certs', name)));
      expect(recognizeCertificate(viewFromDer(der))).toBeNull();
    },
  );
});
