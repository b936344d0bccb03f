import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeFileSystem } from '../../../../src/main/adapters/node-file-system.js';
import { fixedClock } from '../../../../src/main/adapters/system-clock.js';
import { createInspector } from '../../../../src/main/services/inspector/inspect-file.js';
import {
  cardHolder,
  certificateRole,
  isCpsToken,
  pairByCkaId,
} from '../../../../src/main/services/tokens/card-holder.js';
import { findPinnedCa, type PinnedCa } from '../../../../src/shared/igc-sante/anchors.js';
import type { InspectedItem } from '../../../../src/shared/model/inspection.js';
import { CPS_CARD, CPS_TEST_CA_CN, writeCpsToken, type CpsToken } from '../../../helpers/cps-card.js';
import { pemOf } from '../../../helpers/look-alike.js';
import { tempDir } from '../../../helpers/temp-dir.js';

// A throwaway SoftHSM2 of this file's own: its configuration and token folder in a temp
// folder, SOFTHSM2_CONF given to each child process (never to this process).

const MODULES = [
  '/usr/lib/softhsm/libsofthsm2.so',
  '/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so',
  '/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so',
  '/usr/lib64/softhsm/libsofthsm.so',
  '/usr/local/lib/softhsm/libsofthsm2.so',
  '/opt/homebrew/lib/softhsm/libsofthsm2.so',
];
const MODULE = MODULES.find((m) => existsSync(m));
const runs = (tool: string, args: string[]) => spawnSync(tool, args, { stdio: 'ignore' }).error === undefined;
const missing = [
  runs('softhsm2-util', ['--version']) ? null : 'softhsm2-util',
  runs('pkcs11-tool', ['--help']) ? null : 'pkcs11-tool',
  MODULE ? null : 'libsofthsm2.so',
].filter((m) => m !== null);
if (missing.length > 0) console.warn(`card-fixture.test.ts skipped: ${missing.join(', ')} not found`);

const TOKEN = 'VIGIE CPS FIXTURE';
const PIN = '1234';

type CertItem = Extract<InspectedItem, { kind: 'certificate' }>;
const sha256 = (der: Uint8Array) => createHash('sha256').update(der).digest('hex').toUpperCase();

/** One object of `pkcs11-tool --list-objects`: its header line and its indented fields. */
type Listed = { kind: string; label: string | null; id: string | null };

/** SoftHSM lists objects in no fixed order: by kind, then CKA_ID, then label. */
const byId = (a: Listed, b: Listed) =>
  a.kind.localeCompare(b.kind) ||
  (a.id ?? '').localeCompare(b.id ?? '') ||
  (a.label ?? '').localeCompare(b.label ?? '');

const parseListing = (text: string): Listed[] => {
  const objects: Listed[] = [];
  for (const line of text.split('\n')) {
    if (/^\S/.test(line)) objects.push({ kind: line.trim(), label: null, id: null });
    const current = objects.at(-1);
    const field = /^\s+(label|ID):\s+(.*)$/.exec(line);
    if (!current || !field) continue;
    const value = (field[2] ?? '').trim().replace(/^'(.*)'$/, '$1');
    if (field[1] === 'label') current.label = value;
    else current.id = value;
  }
  return objects.sort(byId);
};

describe.skipIf(missing.length > 0)('the CPS card fixture on SoftHSM2', () => {
  let run: (args: string[]) => string;
  let card: CpsToken;

  beforeAll(async () => {
    const dir = tempDir('vigie-softhsm-');
    const conf = join(dir, 'softhsm2.conf');
    writeFileSync(
      conf,
      `directories.tokendir = ${join(dir, 'tokens')}\nobjectstore.backend = file\nlog.level = ERROR\nslots.removable = true\n`,
    );
    mkdirSync(join(dir, 'tokens'));
    const env = { ...process.env, SOFTHSM2_CONF: conf };
    execFileSync(
      'softhsm2-util',
      ['--init-token', '--free', '--label', TOKEN, '--pin', PIN, '--so-pin', '12345678'],
      { env, stdio: 'ignore' },
    );
    run = (args) =>
      execFileSync('pkcs11-tool', ['--module', MODULE as string, ...args], {
        env,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    card = await writeCpsToken(run, { tokenLabel: TOKEN, pin: PIN });
  });

  it('holds the keys, certificates and data objects with their CKA_IDs and labels', () => {
    const pub = parseListing(run(['--token-label', TOKEN, '--list-objects']));
    const certs = pub.filter((o) => o.kind.startsWith('Certificate Object'));
    expect(certs.map((c) => [c.id, c.label])).toEqual([
      ['01', "Certificat d'Authentification CPS"],
      ['02', 'Certificat de Signature CPS'],
    ]);
    const data = pub.filter((o) => o.kind.startsWith('Data object'));
    expect(data.map((d) => d.label).sort()).toEqual(['CPS_ID_CARD', 'CPS_INFO_PS', 'CPS_NAME_PS']);
    // Private keys only show after a login.
    expect(pub.some((o) => o.kind.startsWith('Private Key'))).toBe(false);
    const all = parseListing(run(['--token-label', TOKEN, '--login', '--pin', PIN, '--list-objects']));
    const keys = all.filter((o) => o.kind.startsWith('Private Key'));
    expect(keys.map((k) => [k.id, k.label])).toEqual([
      ['01', 'CPS_PRIV_AUT'],
      ['02', 'CPS_PRIV_SIG'],
    ]);

    // What the card functions make of those objects.
    expect(
      isCpsToken({
        label: TOKEN,
        model: '',
        manufacturer: '',
        moduleKind: 'softhsm',
        objectLabels: pub.map((o) => o.label ?? ''),
      }),
    ).toBe(true);
    const paired = pairByCkaId(
      certs.map((c) => ({ id: c.id ?? '', label: c.label ?? '' })),
      keys.map((k) => ({ id: k.id ?? '', label: k.label ?? '' })),
    );
    expect(paired.certificates.map((c) => c.keyLabel)).toEqual(['CPS_PRIV_AUT', 'CPS_PRIV_SIG']);
  });

  it('stores the certificates it returns, certifying the token keys', () => {
    const dir = tempDir('vigie-cps-read-');
    for (const [id, der] of [
      ['01', card.authDer],
      ['02', card.signDer],
    ] as const) {
      const file = join(dir, `${id}.der`);
      run(['--token-label', TOKEN, '--read-object', '--type', 'cert', '--id', id, '-o', file]);
      expect(sha256(readFileSync(file))).toBe(sha256(der));
    }
    const data = join(dir, 'name.bin');
    run(['--token-label', TOKEN, '--read-object', '--type', 'data', '--label', 'CPS_NAME_PS', '-o', data]);
    expect(readFileSync(data, 'utf8')).toBe('MARTIN CLAIRE');
  });

  it('writes a PS subject with one multi-valued RDN, as openssl reads it', () => {
    const text = execFileSync('openssl', ['x509', '-noout', '-text', '-nameopt', 'RFC2253,-esc_msb'], {
      input: Buffer.from(pemOf(card.authDer)),
      encoding: 'utf8',
    });
    // RFC 2253 prints the RDNs, and the attributes of one, last first: DER order is SN, CN, GN.
    expect(text).toMatch(/Subject: GN=CLAIRE\+CN=810002727377\+SN=MARTIN,title=Médecin,C=FR/);
    expect(text).toMatch(
      /Issuer: CN=TEST AC IGC-SANTE FORT PERSONNES,OU=IGC-SANTE TEST,OU=0002 187512751,O=ASIP-SANTE,C=FR/,
    );
    expect(text).toMatch(/Key Usage: critical\s+Digital Signature\s/);
    expect(text).toMatch(/TLS Web Client Authentication/);
  });

  it('is recognised by the inspector as a TEST CPS card of an RPPS holder', async () => {
    const devAnchor: PinnedCa = {
      name: CPS_TEST_CA_CN,
      short: 'ACI-FO-PP-TEST',
      environment: 'test',
      role: 'root',
      range: 'FORT',
      sha256: sha256(card.caDer),
    };
    const inspector = createInspector({
      fs: nodeFileSystem,
      clock: fixedClock(new Date()),
      trust: { list: async () => [] },
      findAnchor: (hash) =>
        findPinnedCa(hash) ?? (hash.toUpperCase() === devAnchor.sha256 ? devAnchor : undefined),
    });
    const items: CertItem[] = [];
    for (const der of [card.authDer, card.signDer]) {
      const report = await inspector.inspect({
        fileName: 'card.pem',
        bytes: new Uint8Array(Buffer.from(pemOf(der) + pemOf(card.caDer))),
      });
      if (!report.ok) throw new Error(report.error.message);
      const leaf = report.value.items[0];
      if (leaf?.kind !== 'certificate') throw new Error('no certificate');
      items.push(leaf);
    }
    const [auth, sign] = items as [CertItem, CertItem];
    for (const item of items) {
      expect(item.chain).toMatchObject({ status: 'valid', anchor: { sha256: devAnchor.sha256 } });
      expect(item.igcSante).toMatchObject({
        environment: 'test',
        family: 'card',
        medium: 'card',
        personId: { type: 'RPPS', value: '10002727377', raw: '810002727377', valid: true },
        profession: { code: '10', label: 'Médecin' },
        cardType: 'CPS',
        // A fixture CA is never the real IGC-Santé, even as a dev anchor.
        genuine: false,
      });
    }
    expect(auth.certificate.subject.rdns.map((rdn) => rdn.map((a) => `${a.short}=${a.value}`))).toEqual([
      ['C=FR'],
      ['title=Médecin'],
      ['SN=MARTIN', 'CN=810002727377', 'GN=CLAIRE'],
    ]);
    expect(auth.certificate.spkiSha256).toBe(sha256(card.authSpki));
    expect(sign.certificate.spkiSha256).toBe(sha256(card.signSpki));
    expect(certificateRole(auth.certificate)).toBe('authentication');
    expect(certificateRole(sign.certificate)).toBe('signature');

    // The holder, from the certificates and the data objects as the token gives them.
    const dir = tempDir('vigie-cps-data-');
    const data = Object.values(CPS_CARD.data).map((label) => {
      const file = join(dir, `${label}.bin`);
      run(['--token-label', TOKEN, '--read-object', '--type', 'data', '--label', label, '-o', file]);
      return { label, application: CPS_CARD.application, value: new Uint8Array(readFileSync(file)) };
    });
    expect(
      cardHolder(
        items.map((i) => ({ certificate: i.certificate, igc: i.igcSante })),
        data,
      ),
    ).toEqual({
      name: 'CLAIRE MARTIN',
      nationalId: { type: 'RPPS', value: '10002727377', raw: '810002727377' },
      profession: { code: '10', label: 'Médecin' },
      cardType: 'CPS',
      // CPS_ID_CARD is binary: left out.
      dataObjects: [
        { label: 'CPS_NAME_PS', text: 'MARTIN CLAIRE' },
        { label: 'CPS_INFO_PS', text: '10 Médecin' },
      ],
    });
  });
});
