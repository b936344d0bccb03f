import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { webcrypto } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeFileSystem } from '../../../../../src/main/adapters/node-file-system.js';
import { savePemBundle, snippetsIn, writePemBundle } from '../../../../../src/main/services/export/index.js';
import { issue, type FixtureCert } from '../../../../helpers/fixture-ca.js';
import {
  freePort,
  NGINX,
  nginxTest,
  sClient,
  startNginx,
  writeNginxConf,
} from '../../../../helpers/nginx.js';
import { tempDir } from '../../../../helpers/temp-dir.js';
import { pemOf } from '../../../../helpers/tls-servers.js';
import { hasTool } from '../helpers/tools.js';

/**
 * Proof by a real server that the PEM bundle works: the files Vigie writes for a SERV_SSL-like
 * certificate (savePemBundle, as the export does) and its nginx snippet (snippetsIn: the
 * folder's real paths, quoted for its space, as the export returns it to the window) inside a server block: `nginx -t` accepts it,
 * nginx serves TLS with it, and `openssl s_client` verifies the full chain to the fixture
 * root alone (so nginx must send the intermediate) and the host name.
 */

const skip = hasTool('openssl')
  ? hasTool(NGINX)
    ? null
    : `${NGINX} is not installed`
  : 'openssl is not installed';
if (skip) console.log(`skipped: nginx serving Vigie's PEM bundle: ${skip}`);

const HOST = 'dmp.clinique-vigie.test';
const PASSPHRASE = 'phrase de passe du serveur';

let root: FixtureCert;
let inter: FixtureCert;
let leaf: FixtureCert;
let leafKey: Uint8Array;
let anchors: string;
const running: { stop: () => Promise<void> }[] = [];

beforeAll(async () => {
  if (skip) return;
  root = await issue({ name: 'C=FR, O=VIGIE FIXTURE, CN=FIXTURE AC RACINE SERVEURS', ca: true });
  inter = await issue({
    name: 'C=FR, O=VIGIE FIXTURE, CN=FIXTURE AC SERVEURS',
    issuer: root,
    ca: true,
    pathLength: 0,
  });
  // Like a SERV_SSL certificate: the host in the CN and the SAN, TLS server and client.
  leaf = await issue({
    name: `C=FR, O=CLINIQUE VIGIE, OU=10B0221636, CN=${HOST}`,
    issuer: inter,
    extensions: [
      new x509.KeyUsagesExtension(
        x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment,
        true,
      ),
      new x509.ExtendedKeyUsageExtension(['1.3.6.1.5.5.7.3.1', '1.3.6.1.5.5.7.3.2']),
      new x509.SubjectAlternativeNameExtension([{ type: 'dns', value: HOST }]),
    ],
  });
  leafKey = new Uint8Array(await webcrypto.subtle.exportKey('pkcs8', leaf.keys.privateKey));
  anchors = join(tempDir('vigie-nginx-anchors-'), 'anchors.pem');
  writeFileSync(anchors, pemOf(root.der));
});

afterAll(async () => {
  for (const r of running.splice(0)) await r.stop();
});

/** Vigie's bundle in a folder, and an nginx prefix whose server block is the snippet. */
const serverFromExport = async (keyPassphrase: string | null) => {
  const made = await writePemBundle({
    key: leafKey,
    certificate: leaf.der,
    chain: [inter.der, root.der],
    keyPassphrase,
  });
  if (!made.ok) throw new Error(made.error.message);
  const prefix = tempDir('vigie-nginx-');
  // A folder name with a space, as desktop folders often have: the snippet must quote it.
  const folder = join(prefix, 'mes certificats');
  const saved = await savePemBundle(
    nodeFileSystem,
    folder,
    made.value,
    keyPassphrase === null ? {} : { keyPassphrase },
  );
  if (!saved.ok) throw new Error(saved.error.message);
  // What the snippet's comment asks of the user for an encrypted key: one line, mode 0600.
  if (keyPassphrase !== null)
    writeFileSync(join(folder, 'privkey.pass'), `${keyPassphrase}\n`, { mode: 0o600 });
  const port = await freePort();
  // Exactly what the window shows: main's snippet with the saved files' paths.
  const directives = snippetsIn(made.value, folder).nginx;
  const conf = writeNginxConf(prefix, { port, serverName: HOST, directives });
  return { prefix, conf, port, directives };
};

describe.skipIf(skip)("nginx serves Vigie's PEM bundle with its snippet", () => {
  it.each([
    ['a plain key', null],
    ['an encrypted key (ssl_password_file)', PASSPHRASE],
  ] as const)(
    '%s: nginx -t accepts it; openssl s_client verifies the full chain and the name',
    async (_label, keyPassphrase) => {
      const { prefix, conf, port, directives } = await serverFromExport(keyPassphrase);
      expect(directives).toContain('ssl_certificate ');
      expect(directives.includes('ssl_password_file')).toBe(keyPassphrase !== null);

      const checked = nginxTest(prefix, conf);
      expect(checked.out).toContain('syntax is ok');
      expect(checked.out).toContain('test is successful');
      expect(checked.status, checked.out).toBe(0);

      const nginx = await startNginx(prefix, conf, port);
      running.push(nginx);
      try {
        const seen = sClient(port, HOST, anchors);
        expect(seen.out).toContain('Verify return code: 0 (ok)');
        expect(seen.status, seen.out).toBe(0);
        // Leaf then intermediate, never the root: what fullchain.pem holds.
        expect(seen.out.match(/-----BEGIN CERTIFICATE-----/g)).toHaveLength(2);
        expect(seen.out).toMatch(new RegExp(`0 s:.*CN ?= ?${HOST.replace(/\./g, '\\.')}`));
        expect(seen.out).toMatch(/1 s:.*CN ?= ?FIXTURE AC SERVEURS/);
        expect(seen.out).toContain('vigie nginx ok');

        // The check can fail: anchored elsewhere, the same server is refused.
        const other = join(tempDir('vigie-nginx-other-'), 'other.pem');
        writeFileSync(other, pemOf((await issue({ name: 'CN=Another root', ca: true })).der));
        const refused = sClient(port, HOST, other);
        expect(refused.status).not.toBe(0);
        expect(refused.out).toMatch(/unable to get local issuer certificate|self.signed/);
      } finally {
        await nginx.stop();
        running.splice(running.indexOf(nginx), 1);
      }
    },
    180_000,
  );
});
