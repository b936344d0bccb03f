import { IgcSanteInfo } from '../../../src/shared/model/igc-sante.js';
import { recognizeCertificate } from '../../../src/shared/igc-sante/index.js';
import { HOSTILE_STRINGS } from '../identifiers/hostile-strings.js';
import { PROD_ORG_CA, PROD_PP_CA, dn, ext, makeView } from './fixtures.js';

const ANS_OIDS = ['1.2.250.1.71.1.2.2', '1.2.250.1.71.1.2.5', '1.2.250.1.71.1.2.7'];

describe('recognizeCertificate on hostile certificates', () => {
  it.each(HOSTILE_STRINGS.map((s) => [s.slice(0, 20), s]))('never throws on values like %j', (_label, s) => {
    for (const issuer of [
      PROD_ORG_CA,
      PROD_PP_CA,
      dn([['CN', s]]),
      dn([
        ['O', 'ASIP-SANTE'],
        ['OU', 'IGC-SANTE'],
        ['CN', s],
      ]),
    ]) {
      const subject = dn(
        [['C', s]],
        [['ST', s]],
        [['O', s]],
        [['OU', s]],
        [['title', s]],
        [
          ['SN', s],
          ['CN', s],
          ['GN', s],
        ],
      );
      const cert = makeView({
        subject,
        issuer,
        keyUsage: [s, 'digitalSignature'],
        eku: [s],
        san: [{ type: 'dns', value: s }],
        policies: [s],
        extensions: ANS_OIDS.map((oid) => ext(oid, s)),
      });
      const info = recognizeCertificate(cert);
      if (info !== null) expect(IgcSanteInfo.safeParse(info).success).toBe(true);
    }
  });

  it('copes with empty names and a certificate that is its own IGC-looking issuer', () => {
    expect(recognizeCertificate(makeView({ subject: dn(), issuer: dn() }))).toBeNull();
    const selfNamed = dn([
      ['O', 'ASIP-SANTE'],
      ['OU', 'IGC-SANTE TEST'],
    ]);
    const info = recognizeCertificate(makeView({ subject: selfNamed, issuer: selfNamed, isCa: true }));
    expect(info).toMatchObject({ family: 'CA', environment: 'test', issuingCa: null });
  });
});
