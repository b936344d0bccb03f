import { isAllowedExternalUrl, LINKS } from '../../src/shared/links.js';

describe('external link allowlist', () => {
  it('allows the IGC-Santé and ANS pages the app links to', () => {
    for (const url of Object.values(LINKS)) expect(isAllowedExternalUrl(url)).toBe(true);
    expect(isAllowedExternalUrl('https://IGC-SANTE.esante.gouv.fr/PC/')).toBe(true);
  });

  it.each([
    'https://evil.example/',
    'https://igc-sante.esante.gouv.fr.evil.example/',
    'https://igc-sante.esante.gouv.fr@evil.example/',
    'https://user:pw@igc-sante.esante.gouv.fr/',
    'https://igc-sante.esante.gouv.fr:8443/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'https://esante.gouv.fr/ space',
    'https://esante.gouv.fr\\@evil.example',
    '',
    'x'.repeat(100_000),
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});
