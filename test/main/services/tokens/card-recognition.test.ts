import {
  cardGeneration,
  certificateRole,
  isCpsToken,
  pairByCkaId,
  type CpsTokenInput,
} from '../../../../src/main/services/tokens/card-holder.js';

const EKU = {
  serverAuth: '1.3.6.1.5.5.7.3.1',
  clientAuth: '1.3.6.1.5.5.7.3.2',
  emailProtection: '1.3.6.1.5.5.7.3.4',
  anyEku: '2.5.29.37.0',
  smartcardLogon: '1.3.6.1.4.1.311.20.2.2',
} as const;

const token = (over: Partial<CpsTokenInput> = {}): CpsTokenInput => ({
  label: 'My token',
  model: 'SoftHSM v2',
  manufacturer: 'SoftHSM project',
  moduleKind: 'softhsm',
  objectLabels: [],
  ...over,
});

describe('isCpsToken', () => {
  it('is a CPS card through the Cryptolib CPS module, whatever it holds', () => {
    expect(isCpsToken(token({ moduleKind: 'cryptolib-cps' }))).toBe(true);
  });

  it('is a CPS card through another module when an object carries a CPS label', () => {
    for (const label of [
      "Certificat d'Authentification CPS",
      'Certificat de Signature CPS',
      'CPS_PRIV_AUT',
      'CPS_PRIV_SIG',
      'CPS_ID_CARD',
      'CPS_NAME_PS',
      'CPS_INFO_PS',
      'CPS_ACTIVITY_01_PS',
    ])
      expect(isCpsToken(token({ objectLabels: ['other', label] })), label).toBe(true);
    // Padding blanks, NULs and case do not matter; inner words do.
    expect(isCpsToken(token({ objectLabels: ["  certificat d'authentification  cps\0\0"] }))).toBe(true);
  });

  it('is not one for labels that merely contain or resemble a CPS label', () => {
    for (const label of [
      'CPS',
      'CPS_PRIV',
      'MY_CPS_PRIV_AUT',
      'CPS_PRIV_AUT2',
      'Certificat de Signature',
      'CPS_ACTIVITY_1_PS',
      'CPS_NAME_PS'.padEnd(500, 'x'),
    ])
      expect(isCpsToken(token({ objectLabels: [label] })), label).toBe(false);
    expect(isCpsToken(token({ label: 'CPS3', model: 'CPS4', manufacturer: 'ASIP-SANTE' }))).toBe(false);
    expect(isCpsToken(token({ moduleKind: 'opensc' }))).toBe(false);
  });

  it('looks at a bounded number of labels', () => {
    const labels = [...Array.from({ length: 100_000 }, (_, i) => `obj${i}`), 'CPS_PRIV_AUT'];
    expect(isCpsToken(token({ objectLabels: labels }))).toBe(false);
  });
});

describe('cardGeneration', () => {
  it('reads CPS3 / CPS4 when the label or model names it', () => {
    expect(cardGeneration({ label: 'CPS3 MARTIN', model: '' })).toBe('CPS3');
    expect(cardGeneration({ label: 'Carte', model: 'CPS-V4' })).toBe('CPS4');
    expect(cardGeneration({ label: 'cps 4', model: 'IAS' })).toBe('CPS4');
    expect(cardGeneration({ label: 'CPS_3', model: 'CPS3' })).toBe('CPS3');
  });

  it('says null when neither names one, or when they contradict each other', () => {
    expect(cardGeneration({ label: 'CLAIRE MARTIN', model: 'IAS ECC' })).toBeNull();
    expect(cardGeneration({ label: 'CPS3', model: 'CPS4' })).toBeNull();
    expect(cardGeneration({ label: 'CPS34', model: 'XCPS3' })).toBeNull();
    expect(cardGeneration({ label: 'CPS', model: 'v3' })).toBeNull();
  });
});

describe('certificateRole', () => {
  const role = (keyUsage: string[], eku: string[] = [], label?: string) =>
    certificateRole({ keyUsage, extendedKeyUsage: eku, ...(label === undefined ? {} : { label }) });

  it('reads the CPS profiles from their key usages', () => {
    expect(role(['digitalSignature'], [EKU.clientAuth])).toBe('authentication');
    expect(role(['digitalSignature'], [EKU.clientAuth, EKU.smartcardLogon])).toBe('authentication');
    expect(role(['nonRepudiation'], [EKU.emailProtection])).toBe('signature');
    expect(role(['digitalSignature', 'nonRepudiation'], [EKU.emailProtection])).toBe('signature');
    expect(role(['contentCommitment'])).toBe('signature');
    expect(role(['keyEncipherment'], [EKU.emailProtection, EKU.anyEku])).toBe('encryption');
    expect(role(['digitalSignature', 'keyEncipherment'], [EKU.serverAuth, EKU.clientAuth])).toBe(
      'authentication',
    );
  });

  it('fills what the project classifier leaves open', () => {
    expect(role(['digitalSignature'])).toBe('authentication');
    expect(role(['digitalSignature'], [EKU.emailProtection])).toBe('signature');
    expect(role([], [EKU.clientAuth])).toBe('authentication');
  });

  it('accepts EKUs as CertificateView objects too', () => {
    expect(
      certificateRole({ keyUsage: ['nonRepudiation'], extendedKeyUsage: [{ oid: EKU.emailProtection }] }),
    ).toBe('signature');
  });

  it('takes the CPS label only when the key usages say nothing', () => {
    expect(role([], [], "Certificat d'Authentification CPS")).toBe('authentication');
    expect(role([], [], 'Certificat de Signature CPS')).toBe('signature');
    expect(role([], [], 'Signature')).toBeNull();
    expect(role([])).toBeNull();
    // A label that lies does not outweigh the key usages.
    expect(role(['keyEncipherment'], [], 'Certificat de Signature CPS')).toBe('encryption');
    expect(role(['digitalSignature'], [EKU.clientAuth], 'Certificat de Signature CPS')).toBe(
      'authentication',
    );
  });

  it('never gives a CA certificate a holder role', () => {
    expect(role(['keyCertSign', 'cRLSign'], [], "Certificat d'Authentification CPS")).toBeNull();
    expect(role(['digitalSignature', 'keyCertSign'])).toBeNull();
  });
});

describe('pairByCkaId', () => {
  it('pairs a certificate with the key of the same CKA_ID, not of the same label', () => {
    const certs = [
      { id: '01', label: "Certificat d'Authentification CPS", der: new Uint8Array([1]) },
      { id: '02', label: 'Certificat de Signature CPS', der: new Uint8Array([2]) },
    ];
    const keys = [
      { id: '02', label: 'CPS_PRIV_SIG' },
      // Labelled like the authentication key, but with another id: it pairs with nothing.
      { id: '09', label: 'CPS_PRIV_AUT' },
    ];
    const paired = pairByCkaId(certs, keys);
    expect(paired.certificates.map((c) => [c.id, c.keyLabel])).toEqual([
      ['01', null],
      ['02', 'CPS_PRIV_SIG'],
    ]);
    expect(paired.keys.map((k) => [k.label, k.paired])).toEqual([
      ['CPS_PRIV_SIG', true],
      ['CPS_PRIV_AUT', false],
    ]);
    // The objects' own fields stay, in order.
    expect(paired.certificates[1]?.der).toEqual(new Uint8Array([2]));
  });

  it('compares ids as hex, case aside; an empty or non-hex id pairs with nothing', () => {
    const paired = pairByCkaId(
      [
        { id: 'ab01', label: 'a' },
        { id: '', label: 'CPS_PRIV_AUT' },
        { id: 'zz', label: 'b' },
      ],
      [
        { id: 'AB01', label: 'key-a' },
        { id: '', label: 'CPS_PRIV_AUT' },
        { id: 'zz', label: 'key-b' },
      ],
    );
    expect(paired.certificates.map((c) => c.keyLabel)).toEqual(['key-a', null, null]);
    expect(paired.keys.map((k) => k.paired)).toEqual([true, false, false]);
  });

  it('gives a certificate the first of several keys with its id, and marks them all paired', () => {
    const paired = pairByCkaId(
      [{ id: '01', label: 'c' }],
      [
        { id: '01', label: 'first' },
        { id: '01', label: 'second' },
      ],
    );
    expect(paired.certificates[0]?.keyLabel).toBe('first');
    expect(paired.keys.map((k) => k.paired)).toEqual([true, true]);
  });
});
