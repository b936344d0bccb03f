import { ProductCode } from '../../../src/shared/model/igc-sante.js';
import {
  DN_OID,
  EKU_OID,
  OFFERS,
  PERSON_DN,
  PRODUCTS,
  PRODUCT_PROFILES,
  SERVER_DN,
  STRUCTURE_DN,
  getOffer,
  getProduct,
  isProductCode,
  productDescription,
  productFor,
  productUseLabel,
  productsForOffer,
  usageLabel,
} from '../../../src/shared/catalogue/index.js';

describe('products catalogue', () => {
  it('lists the twelve product codes of the model, once each', () => {
    expect(PRODUCTS.map((p) => p.code)).toEqual(ProductCode.options);
    expect(new Set(PRODUCTS.map((p) => p.code)).size).toBe(12);
  });

  it('groups products under the four offers consistently', () => {
    expect(OFFERS.map((o) => o.code)).toEqual(['SERV', 'ORG', 'PRO', 'PS']);
    for (const offer of OFFERS) {
      expect(productsForOffer(offer.code).map((p) => p.code)).toEqual(offer.products);
      expect(offer.products.every((code) => code.startsWith(`${offer.code}_`))).toBe(true);
    }
    expect(getOffer('ORG')?.holderKind).toBe('legal-person');
    expect(getOffer('PS')?.holderKind).toBe('natural-person');
  });

  it('has a label and a plain description in both languages for every product', () => {
    for (const p of PRODUCTS) {
      for (const text of [p.label, p.description]) {
        expect(text.fr.length).toBeGreaterThan(3);
        expect(text.en.length).toBeGreaterThan(3);
        expect(text.fr).not.toBe(text.en);
      }
      // Our own words, not the seed's "Il permet à…" sentences.
      expect(p.description.fr.startsWith('Il permet')).toBe(false);
      expect(productUseLabel(p.code, 'fr')).toBe(p.label.fr);
      expect(productDescription(p.code, 'en')).toBe(p.description.en);
    }
  });

  it('gives the observed (H) profiles exactly as seen on real certificates', () => {
    expect(PRODUCT_PROFILES.ORG_AUTH_CLI).toMatchObject({
      keyUsage: ['digitalSignature'],
      extKeyUsage: [EKU_OID.clientAuth],
      san: { kind: 'none' },
      confidence: 'H',
    });
    expect(PRODUCT_PROFILES.ORG_SIGN).toMatchObject({
      keyUsage: ['digitalSignature', 'nonRepudiation'],
      extKeyUsage: [EKU_OID.emailProtection],
      confidence: 'H',
    });
    expect(PRODUCT_PROFILES.ORG_CONF).toMatchObject({
      keyUsage: ['keyEncipherment'],
      extKeyUsage: [EKU_OID.emailProtection, EKU_OID.anyExtendedKeyUsage],
      confidence: 'H',
    });
    expect(PRODUCT_PROFILES.SERV_SSL).toMatchObject({
      keyUsage: ['digitalSignature', 'keyEncipherment'],
      extKeyUsage: [EKU_OID.serverAuth, EKU_OID.clientAuth],
      san: { kind: 'dns', firstEqualsCn: true },
      confidence: 'H',
    });
    expect(PRODUCT_PROFILES.PS_SIGN).toMatchObject({
      keyUsage: ['nonRepudiation'],
      extKeyUsage: [EKU_OID.emailProtection],
      san: { kind: 'email' },
      confidence: 'H',
    });
  });

  it('marks every unobserved profile as an analogy (L)', () => {
    const observed = PRODUCTS.filter((p) => p.confidence === 'H').map((p) => p.code);
    expect(observed.sort()).toEqual(['ORG_AUTH_CLI', 'ORG_CONF', 'ORG_SIGN', 'PS_SIGN', 'SERV_SSL']);
    expect(PRODUCTS.filter((p) => p.confidence !== 'H').every((p) => p.confidence === 'L')).toBe(true);
  });

  it('ties usages, issuing CAs and subject shapes to the offer', () => {
    for (const p of PRODUCTS) {
      const structure = p.offer === 'ORG' || p.offer === 'SERV';
      expect(p.issuingCa).toBe(structure ? 'ACI-EL-ORG' : 'ACI-EL-PP');
      expect(p.code.endsWith(p.usage === 'AUTH' && p.offer === 'ORG' ? 'AUTH_CLI' : p.usage)).toBe(true);
      for (const oid of p.extKeyUsage) expect(oid).toMatch(/^\d+(\.\d+)+$/);
    }
    expect(PRODUCT_PROFILES.SERV_SSL.subject).toBe(SERVER_DN);
    expect(PRODUCT_PROFILES.ORG_SIGN.subject).toBe(STRUCTURE_DN);
    expect(PRODUCT_PROFILES.PS_AUTH.subject).toBe(PERSON_DN);
    expect(PRODUCT_PROFILES.PRO_SIGN.subject.kind).toBe('professional');
  });

  it('looks products up without throwing on foreign input', () => {
    expect(getProduct('SERV_SSL')?.offer).toBe('SERV');
    expect(getProduct('serv_ssl')).toBeUndefined();
    expect(getProduct('')).toBeUndefined();
    expect(getProduct('x'.repeat(10_000))).toBeUndefined();
    expect(isProductCode('PS_CONF')).toBe(true);
    expect(isProductCode(42)).toBe(false);
    expect(productFor('ORG', 'AUTH')).toBe('ORG_AUTH_CLI');
    expect(productFor('SERV', 'AUTH')).toBeNull();
    expect(productFor('PS', 'SSL')).toBeNull();
    expect(usageLabel('CONF', 'en')).toMatch(/encryption/i);
  });
});

describe('DN shapes', () => {
  const names = (shape: typeof STRUCTURE_DN) => shape.rdns.map((rdn) => rdn.map((a) => a.attr));

  it('orders structure attributes C, ST, O, OU, CN as in the DER of real certificates', () => {
    expect(names(STRUCTURE_DN)).toEqual([['C'], ['ST'], ['O'], ['OU'], ['CN']]);
    expect(STRUCTURE_DN.rdns[4]?.[0]?.content).toBe('service-name');
    expect(SERVER_DN.rdns[4]?.[0]?.content).toBe('fqdn');
  });

  it('puts SN, CN and GN of a person in one multi-valued RDN after C and title', () => {
    expect(names(PERSON_DN)).toEqual([['C'], ['title'], ['SN', 'CN', 'GN']]);
    expect(PERSON_DN.rdns.flat().some((a) => a.attr === 'O' || a.attr === 'OU')).toBe(false);
  });

  it('encodes C as PrintableString and everything else as UTF8String, with the right OIDs', () => {
    for (const shape of [STRUCTURE_DN, SERVER_DN, PERSON_DN]) {
      for (const a of shape.rdns.flat()) {
        expect(a.encoding).toBe(a.attr === 'C' ? 'PrintableString' : 'UTF8String');
        expect(a.oid).toBe(DN_OID[a.attr]);
      }
    }
  });
});
