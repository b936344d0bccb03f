import { createHash } from 'node:crypto';
import { PINNED_CAS, findPinnedCa, parseIgcCaName } from '../../../src/shared/igc-sante/index.js';
import { viewFromDer } from './view-from-der.js';
import { certificatesIn, certificatesInP12, listVectorFiles, vectorFile } from './vectors.js';

const sha256 = (der: Uint8Array): string => createHash('sha256').update(der).digest('hex').toUpperCase();
const subjectCn = (der: Uint8Array): string | undefined =>
  viewFromDer(der)
    .subject.rdns.flat()
    .find((a) => a.oid === '2.5.4.3')?.value;

describe('pinned IGC-Santé anchors', () => {
  it('pins the nine production CAs and the three known TEST CAs', () => {
    expect(PINNED_CAS.filter((c) => c.environment === 'production').map((c) => c.short)).toEqual([
      'ACR-EL',
      'ACI-EL-ORG',
      'ACI-EL-PP',
      'ACR-ST',
      'ACI-ST-ORG',
      'ACI-ST-PP',
      'ACR-FO',
      'ACI-FO-ORG',
      'ACI-FO-PP',
    ]);
    expect(PINNED_CAS.filter((c) => c.environment === 'test').map((c) => c.short)).toEqual([
      'ACR-EL-TEST',
      'ACI-EL-ORG-TEST',
      'ACI-EL-PP-TEST',
    ]);
    expect(new Set(PINNED_CAS.map((c) => c.sha256)).size).toBe(12);
    for (const ca of PINNED_CAS) {
      expect(ca.sha256).toMatch(/^[0-9A-F]{64}$/);
      expect(ca.name.startsWith('TEST ')).toBe(ca.environment === 'test');
    }
  });

  it('agrees with the naming scheme (role, range, short name)', () => {
    for (const ca of PINNED_CAS) {
      expect(parseIgcCaName(ca.name)).toMatchObject({
        short: ca.short,
        role: ca.role,
        range: ca.range,
        test: ca.environment === 'test',
      });
    }
  });

  it('looks fingerprints up in any case, with or without colons', () => {
    const acr = '2D9E22CA19F777C6B745257C723ECB8DF3C35FA6F1F6EC36B83600C97346967F';
    expect(findPinnedCa(acr)?.short).toBe('ACR-EL');
    expect(findPinnedCa(acr.toLowerCase())?.short).toBe('ACR-EL');
    expect(findPinnedCa(acr.match(/../g)?.join(':') ?? '')?.short).toBe('ACR-EL');
    expect(
      findPinnedCa(
        'dc:52:8e:37:88:69:1b:3f:79:50:16:40:76:f9:5b:02:c6:43:34:c6:86:62:bd:ed:e5:75:0b:4e:0e:53:38:f6',
      )?.environment,
    ).toBe('test');
  });

  it('finds nothing for other or malformed fingerprints, without throwing', () => {
    for (const s of [
      '',
      'AB',
      '0'.repeat(64),
      `${'2D9E22CA19F777C6B745257C723ECB8DF3C35FA6F1F6EC36B83600C97346967F'}00`,
      'x'.repeat(10_000),
      '🔐',
    ])
      expect(findPinnedCa(s)).toBeUndefined();
  });

  it.each(['prod', 'test'] as const)(
    'matches every certificate shipped in vectors/igc-sante/%s',
    (folder) => {
      const environment = folder === 'prod' ? 'production' : 'test';
      let count = 0;
      for (const file of listVectorFiles(folder)) {
        const certs = certificatesIn(file);
        expect(certs.length, file).toBeGreaterThan(0);
        for (const der of certs) {
          const pinned = findPinnedCa(sha256(der));
          expect(pinned, file).toBeDefined();
          expect(pinned?.environment).toBe(environment);
          expect(pinned?.name).toBe(subjectCn(der));
          count++;
        }
      }
      // prod: 9 .cer + the 8 of the chain bundle; test: 1 + 2.
      expect(count).toBe(folder === 'prod' ? 17 : 3);
    },
  );

  it('recognises the TEST CAs bundled in the real TEST platform download', () => {
    const certs = certificatesInP12(vectorFile('end-entity', 'INSI-AUTO-certificate.p12'));
    const pinned = certs.map((der) => findPinnedCa(sha256(der))?.short ?? null);
    expect(pinned).toEqual([null, 'ACI-EL-ORG-TEST', 'ACR-EL-TEST']);
  });
});
