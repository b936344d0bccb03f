import { execFileSync } from 'node:child_process';
import { nodeFileSystem } from '../../../../src/main/adapters/node-file-system.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extensionDecodeCount, type SharedExtensionOid } from '../../../../src/main/pki/certificate/index.js';
import { ExtOid } from '../../../../src/main/pki/asn1/oids.js';
import { sha256Hex } from '../../../../src/main/pki/describe/hex.js';
import { createInspector } from '../../../../src/main/services/inspector/inspect-file.js';
import type { PinnedCa } from '../../../../src/shared/igc-sante/anchors.js';
import { tempDir } from '../../../helpers/temp-dir.js';

/** Every extension describe and path validation both read. */
const SHARED: readonly SharedExtensionOid[] = [
  ExtOid.basicConstraints,
  ExtOid.keyUsage,
  ExtOid.subjectKeyIdentifier,
  ExtOid.authorityKeyIdentifier,
  ExtOid.subjectAltName,
  ExtOid.nameConstraints,
  ExtOid.certificatePolicies,
  ExtOid.policyMappings,
  ExtOid.policyConstraints,
  ExtOid.inhibitAnyPolicy,
  ExtOid.cRLDistributionPoints,
];

const EXTENSIONS = `[ext]
basicConstraints=critical,CA:TRUE,pathlen:1
keyUsage=critical,keyCertSign,cRLSign,digitalSignature
subjectKeyIdentifier=hash
authorityKeyIdentifier=keyid,issuer:always
subjectAltName=DNS:ca.example.test,email:ca@example.test
nameConstraints=critical,permitted;DNS:.example.test,excluded;email:bad@example.test
certificatePolicies=1.2.250.1.213.1.1,2.5.29.32.0
policyMappings=1.2.250.1.213.1.1:1.2.250.1.213.1.2
policyConstraints=requireExplicitPolicy:0,inhibitPolicyMapping:2
inhibitAnyPolicy=3
crlDistributionPoints=URI:http://crl.example.test/ca.crl
`;

/** A root without extensions (its facts decode none) and a CA under it carrying all of them. */
const makeCertificates = (): { root: Uint8Array; sub: string } => {
  const dir = tempDir('ext-once-');
  const at = (name: string) => join(dir, name);
  const subject = (cn: string) => `[req]\ndistinguished_name=dn\nprompt=no\n[dn]\nCN=${cn}\n`;
  writeFileSync(at('root.cnf'), subject('Root'));
  writeFileSync(at('sub.cnf'), subject('Sub'));
  writeFileSync(at('ext.cnf'), EXTENSIONS);
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
  const run = (args: string[]) => execFileSync('openssl', args, { stdio: 'pipe' });
  run(['req', '-x509', ...ec, '-keyout', at('root.key'), '-out', at('root.pem'), '-config', at('root.cnf')]);
  run(['req', '-new', ...ec, '-keyout', at('sub.key'), '-out', at('sub.csr'), '-config', at('sub.cnf')]);
  run([
    'x509',
    '-req',
    '-in',
    at('sub.csr'),
    '-CA',
    at('root.pem'),
    '-CAkey',
    at('root.key'),
    '-set_serial',
    '2',
    '-days',
    '30',
    '-extfile',
    at('ext.cnf'),
    '-extensions',
    'ext',
    '-out',
    at('sub.pem'),
  ]);
  return {
    root: new Uint8Array(run(['x509', '-in', at('root.pem'), '-outform', 'DER'])),
    sub: readFileSync(at('sub.pem'), 'utf8'),
  };
};

describe('certificate extensions are decoded once', () => {
  it('inspecting a certificate decodes each shared extension once, for describe and validation together', async () => {
    const { root, sub } = makeCertificates();
    const pinned: PinnedCa = {
      name: 'test root',
      short: 'root',
      environment: 'test',
      role: 'root',
      range: 'STANDARD',
      sha256: sha256Hex(root),
    };
    const inspector = createInspector({
      fs: nodeFileSystem,
      clock: { now: () => new Date() },
      trust: { list: async () => [{ der: root.slice() }] as never },
      findAnchor: (sha) => (sha === pinned.sha256 ? pinned : undefined),
    });

    const before = new Map(SHARED.map((oid) => [oid, extensionDecodeCount(oid)]));
    const result = await inspector.inspect({ fileName: 'sub.pem', bytes: new TextEncoder().encode(sub) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [item] = result.value.items;
    if (item?.kind !== 'certificate') throw new Error('expected a certificate');
    // Both consumers ran: describe shows every extension without error, validation built the path.
    const shown = item.certificate.extensions.filter((e) => (SHARED as readonly string[]).includes(e.oid));
    expect(shown.map((e) => [e.oid, e.error])).toEqual(SHARED.map((oid) => [oid, null]));
    expect(item.chain?.path.map((p) => p.source)).toEqual(['file', 'trust-store']);

    for (const oid of SHARED)
      expect([oid, extensionDecodeCount(oid) - (before.get(oid) ?? 0)]).toEqual([oid, 1]);
  });
});
