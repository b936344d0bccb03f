import { expiryNotice, shortName } from '../../../../src/main/services/inventory/expiry-notice.js';

describe('expiry notices', () => {
  it('names a certificate by its common name, escapes undone', () => {
    expect(shortName('CN=Dr Jean Martin,O=Cabinet')).toBe('Dr Jean Martin');
    expect(shortName('O=Clinique,CN=srv.clinique.fr')).toBe('srv.clinique.fr');
    expect(shortName('CN=Dupont\\, Marie,OU=Cardiologie')).toBe('Dupont, Marie');
    expect(shortName('O=Sans nom commun')).toBe('O=Sans nom commun');
  });

  it('says the deadline in French, with the date in Paris', () => {
    const n = expiryNotice([
      { sha256: 'A', subject: 'CN=Dr Martin', renewBy: new Date('2027-03-31T23:30:00Z'), expired: false },
    ]);
    expect(n).toEqual({
      title: 'Certificat à renouveler',
      body: 'Dr Martin : à renouveler avant le 1er avril 2027.',
      certificates: ['A'],
    });
  });
});
