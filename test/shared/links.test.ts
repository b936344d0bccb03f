import { CHAIN_BUNDLE_URLS, isAllowedExternalUrl, LINKS } from '../../src/shared/links.js';

describe('external link allowlist', () => {
  it('allows the IGC-Santé and ANS pages the app links to, all over https', () => {
    for (const url of Object.values(LINKS)) {
      expect(url.startsWith('https://')).toBe(true);
      expect(isAllowedExternalUrl(url)).toBe(true);
    }
    expect(isAllowedExternalUrl('https://IGC-SANTE.esante.gouv.fr/PC/')).toBe(true);
  });

  it('the chain bundles main fetches over http are the same files the browser links name', () => {
    expect(CHAIN_BUNDLE_URLS.production.replace(/^http:/, 'https:')).toBe(LINKS.chainProduction);
    expect(CHAIN_BUNDLE_URLS.test.replace(/^http:/, 'https:')).toBe(LINKS.chainTest);
    // Fetched only: the browser never gets a plain http address.
    for (const url of Object.values(CHAIN_BUNDLE_URLS)) expect(isAllowedExternalUrl(url)).toBe(false);
  });

  it.each([
    'http://igc-sante.esante.gouv.fr/',
    'http://esante.gouv.fr/',
    'HTTP://igc-sante.esante.gouv.fr/PC/',
    'ftp://igc-sante.esante.gouv.fr/',
    '//igc-sante.esante.gouv.fr/',
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
