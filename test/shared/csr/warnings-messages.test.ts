import {
  FIELD_ERROR_MESSAGES,
  SUBJECT_WARNING_MESSAGES,
  fieldErrorMessage,
  subjectWarningMessage,
} from '../../../src/shared/csr/messages.js';
import { subjectWarnings } from '../../../src/shared/csr/subject-warnings.js';
import { ProductCode } from '../../../src/shared/model/igc-sante.js';

const BY_PRODUCT = [
  ['SERV_SSL', ['serv-ssl-needs-fqdn']],
  ['SERV_SIGN', ['serv-ssl-needs-fqdn']],
  ['SERV_CONF', ['conf-cannot-authenticate', 'serv-ssl-needs-fqdn']],
  ['ORG_AUTH_CLI', []],
  ['ORG_SIGN', []],
  ['ORG_CONF', ['conf-cannot-authenticate']],
  ['PRO_AUTH', ['subject-unconfirmed']],
  ['PRO_SIGN', ['subject-unconfirmed']],
  ['PRO_CONF', ['conf-cannot-authenticate', 'subject-unconfirmed']],
  ['PS_AUTH', []],
  ['PS_SIGN', []],
  ['PS_CONF', ['conf-cannot-authenticate']],
] as const;

describe('subjectWarnings', () => {
  it.each(BY_PRODUCT)('%s with no project and a 2048-bit key → %j', (product, expected) => {
    expect(subjectWarnings(product)).toEqual(expected);
    expect(subjectWarnings(product, [], 2048)).toEqual(expected);
  });

  it('the table above covers every product', () => {
    expect(BY_PRODUCT.map(([product]) => product)).toEqual(ProductCode.options);
  });

  it('INSi: its own certificate, and a warning when other projects would share it', () => {
    expect(subjectWarnings('ORG_AUTH_CLI', ['INSI'])).toEqual(['insi-own-certificate']);
    expect(subjectWarnings('ORG_AUTH_CLI', ['INSI', 'DMP'])).toEqual([
      'insi-own-certificate',
      'insi-shared-with-other-projects',
    ]);
    // MSSanté uses SERV_SSL, not this certificate: nothing is shared.
    expect(subjectWarnings('ORG_AUTH_CLI', ['INSI', 'MSSANTE'])).toEqual(['insi-own-certificate']);
    expect(subjectWarnings('SERV_SSL', ['INSI'])).toEqual(['serv-ssl-needs-fqdn']);
  });

  it.each([3072, 4096])('%i-bit keys are not confirmed', (bits) => {
    expect(subjectWarnings('ORG_SIGN', [], bits)).toEqual(['larger-keys-unconfirmed']);
  });
});

describe('messages', () => {
  it('every field-error and warning code has French and English text, all different', () => {
    for (const table of [FIELD_ERROR_MESSAGES, SUBJECT_WARNING_MESSAGES]) {
      for (const [code, text] of Object.entries(table)) {
        expect(text.fr.length, code).toBeGreaterThan(10);
        expect(text.en.length, code).toBeGreaterThan(10);
        expect(text.fr, code).not.toBe(text.en);
      }
    }
    const frenchTexts = Object.values(FIELD_ERROR_MESSAGES).map((t) => t.fr);
    expect(new Set(frenchTexts).size).toBe(frenchTexts.length);
  });

  it('looks codes up, with a fallback for unknown ones (no prototype keys)', () => {
    expect(fieldErrorMessage('insi-cn', 'fr')).toContain('INSI-AUTO');
    expect(fieldErrorMessage('checksum', 'en')).toContain('check digit');
    expect(fieldErrorMessage('fqdn-wildcard', 'fr')).toContain('*');
    for (const unknown of ['nope', '__proto__', 'toString', 'constructor']) {
      expect(fieldErrorMessage(unknown, 'fr')).toBe('Cette valeur n’est pas acceptée.');
    }
    expect(subjectWarningMessage('conf-cannot-authenticate', 'en')).toContain('cannot be used to log in');
  });
});
