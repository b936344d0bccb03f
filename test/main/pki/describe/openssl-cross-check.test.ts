/** Our views against `openssl x509` on real files: fingerprints, serials and RFC 2253 names. */
import path from 'node:path';
import { describeCertificate } from '../../../../src/main/pki/describe/index.js';
import { colonless, fields, openssl } from './helpers/openssl.js';
import { derOf, igcProdFiles, pycaDer, pycaManifest } from './helpers/vectors.js';

const NOW = new Date('2025-01-01T00:00:00Z');

const view = async (der: Uint8Array) => {
  const r = await describeCertificate(der, NOW);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

const x509 = (der: Uint8Array, nameopt: string) =>
  fields(
    openssl(
      [
        'x509',
        '-inform',
        'DER',
        '-in',
        '$IN',
        '-noout',
        '-fingerprint',
        '-sha256',
        '-serial',
        '-subject',
        '-issuer',
        '-nameopt',
        nameopt,
      ],
      der,
    ),
  );

describe('IGC-Santé production CAs match openssl', () => {
  for (const file of igcProdFiles()) {
    it(path.basename(file), async () => {
      const der = derOf(file);
      const v = await view(der);
      const o = x509(der, 'RFC2253');
      expect(v.sha256).toBe(colonless(o['sha256 Fingerprint']));
      expect(v.serialNumber).toBe(o.serial);
      expect(v.subject.text).toBe(o.subject);
      expect(v.issuer.text).toBe(o.issuer);
      expect(v.sha1).toBe(
        colonless(
          fields(openssl(['x509', '-inform', 'DER', '-in', '$IN', '-noout', '-fingerprint', '-sha1'], der))[
            'sha1 Fingerprint'
          ],
        ),
      );
      expect(v.subject.text).toMatch(
        /^CN=AC .*IGC-SANTE.*,OU=IGC-SANTE,OU=0002 187512751,O=ASIP-SANTE,C=FR$/,
      );
      expect(v.publicKey).toEqual({ algorithm: 'RSA', size: 4096, curve: null });
      expect(v.isCa).toBe(true);
    });
  }

  it('pins the SHA-256 of AC RACINE IGC-SANTE ELEMENTAIRE (SOURCES.md)', async () => {
    const v = await view(derOf(igcProdFiles().find((f) => f.includes('ACR_ELEMENTAIRE'))!));
    expect(v.sha256).toBe('2D9E22CA19F777C6B745257C723ECB8DF3C35FA6F1F6EC36B83600C97346967F');
  });
});

describe('a PS-style certificate made by openssl (multi-valued RDN, accents)', () => {
  it('keeps {SN + CN + GN} together and the accents, as openssl prints them', async () => {
    const subj = '/C=FR/title=Médecin/SN=DUPONT+CN=810001234567+GN=Jean-François';
    const pem = openssl([
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-keyout',
      '$DIR/k.pem',
      '-subj',
      subj,
      '-multivalue-rdn',
      '-utf8',
      '-days',
      '30',
    ]);
    const der = new Uint8Array(Buffer.from(pem.replace(/-----[^-]+-----|\s/g, ''), 'base64'));
    const v = await view(der);
    const o = x509(der, 'RFC2253,-esc_msb');
    expect(v.subject.text).toBe(o.subject);
    expect(v.subject.rdns).toHaveLength(3);
    expect(v.subject.rdns[1]).toEqual([{ oid: '2.5.4.12', short: 'title', value: 'Médecin' }]);
    expect(v.subject.rdns[2]?.map((a) => `${a.short}=${a.value}`).sort()).toEqual([
      'CN=810001234567',
      'GN=Jean-François',
      'SN=DUPONT',
    ]);
  });
});

describe('pyca certificates match openssl where openssl reads them', () => {
  it('fingerprint, serial and names', async () => {
    let compared = 0;
    for (const [file, e] of Object.entries(pycaManifest())) {
      if (e.kind !== 'x509-certificate') continue;
      const der = pycaDer(file);
      const r = await describeCertificate(der, NOW);
      if (!r.ok) continue;
      let o: Record<string, string>;
      try {
        o = x509(der, 'RFC2253,-esc_msb');
      } catch {
        continue; // openssl refuses it; the sweep covers our side
      }
      compared++;
      expect(r.value.sha256, file).toBe(colonless(o['sha256 Fingerprint']));
      expect(r.value.subject.text, file).toBe(o.subject);
      expect(r.value.issuer.text, file).toBe(o.issuer);
      // openssl prints a negative serial with a sign; our hex keeps the DER bytes.
      if (!o.serial?.startsWith('-')) expect(r.value.serialNumber, file).toBe(o.serial);
    }
    expect(compared).toBeGreaterThan(60);
  });
});
