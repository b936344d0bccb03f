import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildChain } from '../../../../src/main/pki/chain/build-chain.js';
import {
  candidatePreparationCount,
  candidatesOf,
  forgetFileCandidates,
} from '../../../../src/main/pki/chain/candidates.js';
import { PINNED_CAS, type PinnedCa } from '../../../../src/shared/igc-sante/anchors.js';
import type { Environment } from '../../../../src/shared/model/igc-sante.js';
import { issue, sha256Hex, type FixtureCert } from '../../../helpers/fixture-ca.js';

const VECTORS = join(import.meta.dirname, '..', '..', '..', 'vectors');
const DAY = 86_400_000;

const pin = async (c: FixtureCert, environment: Environment = 'production'): Promise<PinnedCa> => ({
  name: c.name,
  short: 'FIXTURE',
  environment,
  role: 'root',
  range: 'ELEMENTAIRE',
  sha256: await sha256Hex(c.der),
});

describe('chain building to pinned anchors', () => {
  let root: FixtureCert;
  let inter: FixtureCert;
  let leaf: FixtureCert;
  let rootPin: PinnedCa;
  const anchors = (pins: PinnedCa[]) => (sha: string) => pins.find((p) => p.sha256 === sha);

  beforeAll(async () => {
    root = await issue({ name: 'CN=Fixture Root, O=Vigie Tests, C=FR', ca: true });
    inter = await issue({
      name: 'CN=Fixture Issuing CA, O=Vigie Tests, C=FR',
      issuer: root,
      ca: true,
      pathLength: 0,
    });
    leaf = await issue({ name: 'CN=leaf.example, O=Vigie Tests, C=FR', issuer: inter });
    rootPin = await pin(root);
  });

  const run = (overrides: Partial<Parameters<typeof buildChain>[0]> = {}) =>
    buildChain({
      leaf: leaf.der,
      fileCertificates: [inter.der],
      storeCertificates: [root.der],
      now: new Date(),
      leafEnvironment: null,
      findAnchor: anchors([rootPin]),
      ...overrides,
    });

  it('validates leaf → intermediate → pinned root and reports the path', async () => {
    const report = await run();
    expect(report.status).toBe('valid');
    expect(report.reason).toBeNull();
    expect(report.anchor?.name).toBe(root.name);
    expect(report.path.map((l) => l.source)).toEqual(['file', 'file', 'trust-store']);
  });

  it('says which piece is missing', async () => {
    expect(await run({ fileCertificates: [] })).toMatchObject({
      status: 'unknown-anchor',
      reason: 'issuer-missing',
    });
    expect(await run({ findAnchor: anchors([]) })).toMatchObject({
      status: 'unknown-anchor',
      reason: 'untrusted-root',
    });
  });

  it('refuses an expired or not-yet-valid certificate', async () => {
    expect(await run({ now: new Date(Date.now() + 400 * DAY) })).toMatchObject({
      status: 'invalid',
      reason: 'expired',
    });
    expect(await run({ now: new Date(Date.now() - 2 * DAY) })).toMatchObject({
      status: 'invalid',
      reason: 'not-yet-valid',
    });
  });

  it('refuses a forged issuer (same name, other key)', async () => {
    const forged = await issue({ name: inter.name, issuer: root, ca: true });
    const report = await run({ fileCertificates: [forged.der] });
    expect(report).toMatchObject({ status: 'invalid', reason: 'bad-signature' });
  });

  it('refuses an issuer that is not a CA, and a path longer than pathLen allows', async () => {
    const notCa = await issue({ name: 'CN=Not A CA, C=FR', issuer: root, noBasicConstraints: true });
    const under = await issue({ name: 'CN=victim, C=FR', issuer: notCa });
    expect(await run({ leaf: under.der, fileCertificates: [notCa.der] })).toMatchObject({
      status: 'invalid',
      reason: 'issuer-not-ca',
    });
    const sub = await issue({ name: 'CN=Sub CA, C=FR', issuer: inter, ca: true });
    const deep = await issue({ name: 'CN=deep, C=FR', issuer: sub });
    expect(await run({ leaf: deep.der, fileCertificates: [sub.der, inter.der] })).toMatchObject({
      status: 'invalid',
      reason: 'path-length-exceeded',
    });
  });

  it('never lets a TEST anchor validate a production certificate, or the reverse', async () => {
    const testPin = await pin(root, 'test');
    expect(await run({ findAnchor: anchors([testPin]), leafEnvironment: 'production' })).toMatchObject({
      status: 'invalid',
      reason: 'environment-mismatch',
    });
    expect(await run({ findAnchor: anchors([rootPin]), leafEnvironment: 'test' })).toMatchObject({
      status: 'invalid',
      reason: 'environment-mismatch',
    });
    expect((await run({ findAnchor: anchors([testPin]), leafEnvironment: 'test' })).status).toBe('valid');
  });

  it('finds the intermediate in the trust store, and lets a file that carries a pinned root use it', async () => {
    // The intermediate kept in the store, not in the file: the source says so.
    const fromStore = await run({ fileCertificates: [], storeCertificates: [inter.der, root.der] });
    expect(fromStore.status).toBe('valid');
    expect(fromStore.path.map((l) => l.source)).toEqual(['file', 'trust-store', 'trust-store']);
    // A file carrying the pinned root itself, with an empty store: the pin is what anchors.
    const carried = await run({ fileCertificates: [inter.der, root.der], storeCertificates: [] });
    expect(carried.status).toBe('valid');
    expect(carried.path.map((l) => l.source)).toEqual(['file', 'file', 'file']);
    // The same certificate in the file and in the store counts once, from the file.
    const both = await run({ fileCertificates: [inter.der], storeCertificates: [inter.der, root.der] });
    expect(both.path.map((l) => l.source)).toEqual(['file', 'file', 'trust-store']);
  });

  it("prepares a file's candidates once for all its leaves, and forgets them when told", () => {
    const file = [inter.der, leaf.der];
    const store = [root.der];
    const find = anchors([rootPin]);
    const before = candidatePreparationCount();
    const first = candidatesOf(file, store, find);
    // A copy of the store list (some callers make one per leaf) is the same store.
    expect(candidatesOf(file, [...store], find)).toBe(first);
    expect(candidatePreparationCount()).toBe(before + 1);
    // The store's anchor groups are shared by every file that pins nothing itself.
    expect(candidatesOf([leaf.der], store, find).group(null, 'roots')).toBe(first.group(null, 'roots'));
    forgetFileCandidates();
    expect(candidatesOf(file, store, find)).not.toBe(first);
    expect(candidatePreparationCount()).toBe(before + 3);
  });

  it('does not trust a root just because the file carries it', async () => {
    const report = await run({
      fileCertificates: [inter.der, root.der],
      storeCertificates: [],
      findAnchor: anchors([]),
    });
    expect(report).toMatchObject({ status: 'unknown-anchor', reason: 'untrusted-root' });
  });

  it('chains the real IGC-Santé production intermediates to their pinned roots', async () => {
    const prod = join(VECTORS, 'igc-sante', 'prod');
    const roots = ['ACR_ELEMENTAIRE_20130625.cer', 'ACR_STANDARD_20130625.cer', 'ACR_FORT_20130625.cer'].map(
      (f) => new Uint8Array(readFileSync(join(prod, f))),
    );
    const aciFiles = [
      'AC_ELEMENTAIRE_ORGANISATIONS',
      'AC_ELEMENTAIRE_PERSONNES',
      'AC_STANDARD_ORGANISATIONS',
      'AC_STANDARD_PERSONNES',
      'AC_FORT_ORGANISATIONS',
      'AC_FORT_PERSONNES',
    ];
    for (const name of aciFiles) {
      const aci = new Uint8Array(readFileSync(join(prod, `${name}_20130625.cer`)));
      // Every ACI is pinned itself; pin only the roots here so the ACI's signature, dates
      // and the root's CA flag are really checked.
      const report = await buildChain({
        findAnchor: (sha) => PINNED_CAS.find((p) => p.role === 'root' && p.sha256 === sha),
        leaf: aci,
        fileCertificates: [],
        storeCertificates: roots,
        now: new Date('2026-11-22T00:00:00Z'),
        leafEnvironment: 'production',
      });
      expect(report.status, name).toBe('valid');
      expect(report.path).toHaveLength(2);
      expect(report.anchor?.environment).toBe('production');
    }
  });
});
