import { buildSubjectSpec } from '../../../src/shared/csr/build-subject.js';
import { checkSubjectText } from '../../../src/shared/csr/text-checks.js';
import { HOSTILE_STRINGS } from '../identifiers/hostile-strings.js';
import { person, server, structure } from './holders.js';

const FORBIDDEN = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\u2028\u2029]/u;

describe('hostile strings in every text field', () => {
  it.each(HOSTILE_STRINGS.map((s) => [s.slice(0, 20), s]))(
    '%j never throws, and never reaches a subject with a forbidden character',
    (_label, hostile) => {
      const holders = [
        ['ORG_AUTH_CLI', structure({ legalName: hostile, commonName: hostile })],
        ['ORG_SIGN', structure({ structureId: hostile, departement: hostile })],
        ['SERV_SSL', server({ commonName: hostile, dnsNames: [hostile] })],
        [
          'PS_AUTH',
          person({ surname: hostile, givenName: hostile, personId: hostile, professionCode: hostile }),
        ],
      ] as const;
      for (const [product, holder] of holders) {
        const r = buildSubjectSpec(product, holder);
        if (!r.ok) {
          expect(r.error.length).toBeGreaterThan(0);
          continue;
        }
        for (const a of r.value.rdns.flat()) {
          expect(a.value).not.toMatch(FORBIDDEN);
          expect([...a.value].length).toBeLessThanOrEqual(64);
        }
      }
    },
  );

  it.each([
    ['\u202EHôpital', 'invisible-character'],
    ['Hôpital\u200B', 'invisible-character'],
    ['\uFEFFHôpital', 'invisible-character'],
    ['Hôp\u00ADital', 'invisible-character'],
    ['Hôpital\u2066x\u2069', 'invisible-character'],
    ['Hôpital\n', 'control-character'],
    ['Hôpital\u0000', 'control-character'],
    ['Hôp\tital', 'control-character'],
    ['Hôpital\u0085', 'control-character'],
    ['Hôpital\u2028', 'control-character'],
    ['Hôpital\uD800', 'unsupported-character'],
    ['Hôpital\uE000', 'unsupported-character'],
    ['Hôpital\uFFFF', 'unsupported-character'],
    [' ', 'required'],
    ['\u00a0\u202f', 'required'],
    ['A'.repeat(10_000), 'too-long'],
  ])('legal name %j → %s', (legalName, code) => {
    const r = buildSubjectSpec('ORG_CONF', structure({ legalName }));
    expect(r).toEqual({ ok: false, error: [expect.objectContaining({ field: 'legalName', code })] });
  });

  it('keeps ordinary text that only looks dangerous (it is data, encoded as UTF8String)', () => {
    for (const legalName of [
      '<script>alert(1)</script>',
      "'; DROP TABLE certs; --",
      'CN=evil, O=ASIP-SANTE',
      'Ω≈ç√∫',
    ]) {
      expect(checkSubjectText(legalName)).toEqual({ ok: true, value: legalName });
    }
  });

  it('non-string input is "required", not a crash', () => {
    expect(checkSubjectText(undefined)).toEqual({ ok: false, error: 'required' });
    expect(checkSubjectText(42)).toEqual({ ok: false, error: 'required' });
    const bad = structure({ legalName: 5 as unknown as string, dnsNames: 'x' as unknown as string[] });
    expect(buildSubjectSpec('ORG_AUTH_CLI', bad)).toEqual({
      ok: false,
      error: [expect.objectContaining({ field: 'legalName', code: 'required' })],
    });
  });
});
