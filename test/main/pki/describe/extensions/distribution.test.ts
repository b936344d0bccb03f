import {
  decodeDistributionPoints,
  decodeInfoAccess,
} from '../../../../../src/main/pki/describe/extensions/distribution.js';
import { decodeCertificatePolicies } from '../../../../../src/main/pki/describe/extensions/policies.js';
import {
  decodeNameConstraints,
  decodeSubjectAltName,
} from '../../../../../src/main/pki/describe/extensions/names.js';
import { bytes, ctx, ctxPrim, ia5, oid, seq, utf8 } from '../helpers/der-builder.js';

const uri = (s: string) => ctxPrim(6, Buffer.from(s));

describe('cRLDistributionPoints', () => {
  it('collects the URIs of full names', () => {
    const v = seq(
      seq(
        ctx(
          0,
          ctx(
            0,
            uri('http://igc-sante.esante.gouv.fr/CRL/ACI-EL-ORG.crl'),
            uri('ldap://annuaire-igc.esante.gouv.fr/x'),
          ),
        ),
      ),
    );
    const d = decodeDistributionPoints('cRLDistributionPoints')(v);
    expect(decodeDistributionPoints('freshestCRL')(v).facts).toEqual({});
    expect(d.facts?.crlDistributionPoints).toEqual([
      'http://igc-sante.esante.gouv.fr/CRL/ACI-EL-ORG.crl',
      'ldap://annuaire-igc.esante.gouv.fr/x',
    ]);
  });

  it('refuses a distribution point with neither name nor issuer', () => {
    expect(() => decodeDistributionPoints('cRLDistributionPoints')(seq(seq()))).toThrow(/needs a name/);
  });
});

describe('authorityInfoAccess', () => {
  it('splits OCSP and caIssuers', () => {
    const v = seq(
      seq(oid('1.3.6.1.5.5.7.48.1'), uri('http://ocsp.esante.gouv.fr')),
      seq(oid('1.3.6.1.5.5.7.48.2'), uri('http://x/ca.cer')),
    );
    const d = decodeInfoAccess('authorityInfoAccess')(v);
    expect(d.facts).toEqual({ ocsp: ['http://ocsp.esante.gouv.fr'], caIssuers: ['http://x/ca.cer'] });
    expect(d.summary).toEqual(['OCSP - URI:http://ocsp.esante.gouv.fr', 'caIssuers - URI:http://x/ca.cer']);
  });
});

describe('certificatePolicies', () => {
  it('lists policies with CPS and notice qualifiers', () => {
    const v = seq(
      seq(
        oid('1.2.250.1.213.1.7.2.1.1.1.1'),
        seq(
          seq(oid('1.3.6.1.5.5.7.2.1'), ia5('http://cps')),
          seq(oid('1.3.6.1.5.5.7.2.2'), seq(utf8('Politique'))),
        ),
      ),
    );
    const d = decodeCertificatePolicies(v);
    expect(d.facts?.policies).toEqual(['1.2.250.1.213.1.7.2.1.1.1.1']);
    expect(d.summary).toEqual(['1.2.250.1.213.1.7.2.1.1.1.1', '  CPS: http://cps', '  notice: "Politique"']);
  });

  it('refuses a user notice holding a CPS URI (pyca cp_invalid)', () => {
    expect(() =>
      decodeCertificatePolicies(seq(seq(oid('1.2.3'), seq(seq(oid('1.3.6.1.5.5.7.2.2'), ia5('http://x')))))),
    ).toThrow(/userNotice/);
  });
});

describe('names', () => {
  it('subjectAltName lifts the names', () => {
    expect(decodeSubjectAltName(seq(ctxPrim(2, Buffer.from('a.fr')))).facts?.subjectAltNames).toEqual([
      { type: 'dns', value: 'a.fr' },
    ]);
    expect(() => decodeSubjectAltName(seq())).toThrow(/empty/);
  });

  it('nameConstraints prints ranges and refuses bad masks', () => {
    const ok = seq(
      ctx(0, seq(ctxPrim(7, bytes(10, 0, 0, 0, 255, 255, 0, 0)))),
      ctx(1, seq(ctxPrim(2, Buffer.from('.bad.fr')))),
    );
    expect(decodeNameConstraints(ok).summary).toEqual(['permitted: IP:10.0.0.0/16', 'excluded: DNS:.bad.fr']);
    expect(() =>
      decodeNameConstraints(seq(ctx(0, seq(ctxPrim(7, bytes(10, 0, 0, 0, 255, 0, 255, 0)))))),
    ).toThrow(/non-contiguous/);
    expect(() =>
      decodeNameConstraints(seq(ctx(0, seq(ctxPrim(2, Buffer.from('x')), ctxPrim(0, bytes(0)))))),
    ).toThrow(/minimum 0/);
  });
});
