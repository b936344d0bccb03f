/**
 * The real IGC-Santé TEST end-entity certificate (ORG AUTH_CLI, from the platform's PKCS#12;
 * its certificate bags are unencrypted, so openssl extracts it without the password).
 */
import path from 'node:path';
import { describeCertificate, verifyCertificateSignature } from '../../../../src/main/pki/describe/index.js';
import { fields, openssl } from './helpers/openssl.js';
import { derOf, VECTORS } from './helpers/vectors.js';

const P12 = path.join(VECTORS, 'igc-sante/end-entity/INSI-AUTO-certificate.p12');
const TEST_ACI_ORG = path.join(VECTORS, 'igc-sante/test/ca-bundle-tomws.crt'); // first block

const pemToDer = (pem: string): Uint8Array => {
  const m = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/.exec(pem);
  return new Uint8Array(Buffer.from((m?.[1] ?? '').replace(/\s/g, ''), 'base64'));
};

const leafDer = (): Uint8Array =>
  pemToDer(openssl(['pkcs12', '-in', P12, '-nokeys', '-clcerts', '-nomacver', '-passin', 'pass:']));

describe('IGC-Santé TEST ORG_AUTH_CLI certificate', () => {
  it('is described like openssl reads it, with its IGC-Santé specifics', async () => {
    const der = leafDer();
    const r = await describeCertificate(der, new Date('2026-04-25T09:15:10Z'));
    if (!r.ok) throw new Error(r.error.message);
    const v = r.value;
    const o = fields(
      openssl(
        [
          'x509',
          '-inform',
          'DER',
          '-in',
          '$IN',
          '-noout',
          '-serial',
          '-subject',
          '-nameopt',
          'RFC2253,-esc_msb',
        ],
        der,
      ),
    );
    expect(v.subject.text).toBe(o.subject);
    expect(v.serialNumber).toBe(o.serial);
    expect(v.subject.text).toBe('CN=INSI-MANU,OU=10B0221636,O=CENTRE DE SANTE RPPS22163,ST=Rhône (69),C=FR');
    expect(v.issuer.text).toMatch(/^CN=TEST AC IGC-SANTE ELEMENTAIRE ORGANISATIONS,OU=IGC-SANTE TEST,/);
    expect(v.daysLeft).toBe(731); // 2028 is a leap year
    expect(v.publicKey).toEqual({ algorithm: 'RSA', size: 2048, curve: null });
    expect(v.keyUsage).toEqual(['digitalSignature']);
    expect(v.extendedKeyUsage).toEqual([{ oid: '1.3.6.1.5.5.7.3.2', name: 'clientAuth' }]);
    expect(v.policies).toEqual(['1.2.250.1.213.1.7.2.1.1.1.1']);
    expect(v.ocsp).toEqual(['http://ocsp.esante.gouv.fr']);
    expect(v.caIssuers).toEqual(['http://igc-sante.esante.gouv.fr/AC%20TEST/ACI-EL-ORG-TEST.cer']);
    // The full CRL's locations, not the delta (freshestCRL) one.
    expect(v.crlDistributionPoints[0]).toBe('http://igc-sante.esante.gouv.fr/CRL/ACI-EL-ORG-TEST.crl');
    expect(v.crlDistributionPoints.every((u) => !u.includes('deltarevocationlist'))).toBe(true);
    const category = v.extensions.find((e) => e.oid === '1.2.250.1.71.1.2.5');
    expect(category).toMatchObject({ name: 'igcSanteProductCategory', error: null });
    expect(category?.valueHex).toMatch(/^0401/);
    expect(v.extensions.every((e) => e.error === null)).toBe(true);
    expect(v.isCa).toBe(false);
  });

  it('verifies under TEST AC IGC-SANTE ELEMENTAIRE ORGANISATIONS', async () => {
    expect(await verifyCertificateSignature(leafDer(), derOf(TEST_ACI_ORG))).toBe(true);
  });
});
