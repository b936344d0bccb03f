import { createHash } from 'node:crypto';
import { nodeFileSystem } from '../../../../src/main/adapters/node-file-system.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findPinnedCa, type PinnedCa } from '../../../../src/shared/igc-sante/anchors.js';
import type { InspectedItem } from '../../../../src/shared/model/inspection.js';
import { fixedClock } from '../../../../src/main/adapters/system-clock.js';
import { createInspector } from '../../../../src/main/services/inspector/inspect-file.js';
import { makeCore } from '../../../helpers/core.js';
import { makeLookAlike, pemOf, REAL_TEST_PP_CA } from '../../../helpers/look-alike.js';
import { IGC, INSI_P12 } from '../../../helpers/vectors.js';

type CertItem = Extract<InspectedItem, { kind: 'certificate' }>;
const NOW = new Date('2026-11-22T12:00:00Z');
const sha256 = (der: Uint8Array) => createHash('sha256').update(der).digest('hex').toUpperCase();
const bytesOf = (text: string) => new Uint8Array(Buffer.from(text));
const realCaPem = readFileSync(join(IGC, 'test', 'TEST_AC_IGC-SANTE_ELEMENTAIRE_PERSONNES.pem'), 'ascii');

const certificates = (items: InspectedItem[]): CertItem[] =>
  items.flatMap((i) => (i.kind === 'certificate' ? [i] : []));

const inspectWith = async (inspect: ReturnType<typeof createInspector>['inspect'], bytes: Uint8Array) => {
  const result = await inspect({ fileName: 'x.pem', bytes });
  if (!result.ok) throw new Error(result.error.message);
  return certificates(result.value.items);
};

describe('genuine or look-alike: a self-made CA named exactly like a real TEST CA', () => {
  it('copies the real subject byte for byte, with another key (the fixture is what it claims)', async () => {
    const fake = await makeLookAlike();
    expect(
      Buffer.from(fake.subjectDer).equals(Buffer.from(REAL_TEST_PP_CA.subjectName.toArrayBuffer())),
    ).toBe(true);
    expect(findPinnedCa(sha256(fake.ca))).toBeUndefined();
  });

  it('keeps the shape (PS_AUTH, CA) but is not genuine and names no IGC-Santé CA', async () => {
    const fake = await makeLookAlike();
    const { core } = await makeCore();
    const inspect = core.services.inspector.inspect;
    const [leaf, ca] = await inspectWith(inspect, bytesOf(pemOf(fake.leaf) + pemOf(fake.ca)));
    expect(leaf?.igcSante).toMatchObject({
      environment: 'test',
      family: 'PS',
      product: 'PS_AUTH',
      genuine: false,
      issuingCa: null,
      personId: { type: 'RPPS', value: '10002727377' },
    });
    expect(leaf?.chain).toMatchObject({ status: 'unknown-anchor', reason: 'untrusted-root', anchor: null });
    expect(ca?.igcSante).toMatchObject({
      environment: 'test',
      family: 'CA',
      genuine: false,
      issuingCa: null,
    });
  });

  it('stays a look-alike alone, and next to the real CA it imitates', async () => {
    const fake = await makeLookAlike();
    const { core } = await makeCore();
    const inspect = core.services.inspector.inspect;
    const [alone] = await inspectWith(inspect, fake.leaf);
    expect(alone?.igcSante).toMatchObject({ family: 'PS', genuine: false, issuingCa: null });
    expect(alone?.chain?.status).not.toBe('valid');

    const withReal = await inspectWith(inspect, bytesOf(pemOf(fake.leaf) + pemOf(fake.ca) + realCaPem));
    expect(withReal[0]?.igcSante).toMatchObject({ genuine: false, issuingCa: null });
    expect(withReal[0]?.chain?.status).not.toBe('valid');
    // The real CA in the same file is still itself.
    expect(withReal[2]?.igcSante).toMatchObject({ family: 'CA', genuine: true, issuingCa: 'ACR-EL-TEST' });
  });

  it('a dev-only extra anchor makes the chain valid but never the certificate genuine', async () => {
    const fake = await makeLookAlike();
    const devAnchor: PinnedCa = {
      name: 'TEST AC IGC-SANTE ELEMENTAIRE PERSONNES',
      short: 'ACI-EL-PP-TEST',
      environment: 'test',
      role: 'root',
      range: 'ELEMENTAIRE',
      sha256: sha256(fake.ca),
    };
    const inspector = createInspector({
      fs: nodeFileSystem,
      clock: fixedClock(new Date()),
      trust: { list: async () => [] },
      findAnchor: (hash) =>
        findPinnedCa(hash) ?? (hash.toUpperCase() === devAnchor.sha256 ? devAnchor : undefined),
    });
    const [leaf, ca] = await inspectWith(inspector.inspect, bytesOf(pemOf(fake.leaf) + pemOf(fake.ca)));
    expect(leaf?.chain).toMatchObject({ status: 'valid', anchor: { sha256: devAnchor.sha256 } });
    expect(leaf?.igcSante).toMatchObject({ product: 'PS_AUTH', genuine: false, issuingCa: null });
    expect(ca?.igcSante).toMatchObject({ family: 'CA', genuine: false });
  });
});

describe('genuine: the real IGC-Santé vectors', () => {
  it('the real TEST download chains to the pinned TEST anchors: every certificate is genuine', async () => {
    const { core } = await makeCore({ now: NOW });
    const certs = await inspectWith(core.services.inspector.inspect, new Uint8Array(readFileSync(INSI_P12)));
    expect(certs).toHaveLength(3);
    for (const c of certs) expect(c.igcSante?.genuine).toBe(true);
    const leaf = certs.find((c) => !c.certificate.isCa);
    expect(leaf?.igcSante).toMatchObject({ product: 'ORG_AUTH_CLI', issuingCa: 'ACI-EL-ORG-TEST' });
  });

  it.each([
    ['prod', 'Chaine_de_certification-IGC-Sante.p7b'],
    ...readdirSync(join(IGC, 'prod'))
      .filter((f) => f.endsWith('.cer'))
      .map((f) => ['prod', f]),
    ['test', 'TEST_AC_IGC-SANTE_ELEMENTAIRE_PERSONNES.pem'],
  ])('%s/%s: genuine', async (folder, file) => {
    const { core } = await makeCore({ now: NOW });
    const certs = await inspectWith(
      core.services.inspector.inspect,
      new Uint8Array(readFileSync(join(IGC, folder, file))),
    );
    expect(certs.length).toBeGreaterThan(0);
    for (const c of certs) expect(c.igcSante).toMatchObject({ family: 'CA', genuine: true });
  });
});
