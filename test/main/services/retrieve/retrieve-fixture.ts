import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { execFileSync } from 'node:child_process';
import { webcrypto } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StructureHolder } from '../../../../src/shared/model/order.js';
import { makeCore, type MakeCoreOptions } from '../../../helpers/core.js';
import { importSpki, issue, type FixtureCert } from '../../../helpers/fixture-ca.js';
import { tempDir } from '../../../helpers/temp-dir.js';

export const PASSPHRASE = 'correct horse battery staple';
export const TEST_OU = 'OU=0002 187512751, OU=IGC-SANTE TEST';

export const holder: StructureHolder = {
  kind: 'structure',
  legalName: 'CENTRE DE SANTE RPPS22163',
  structureIdType: 'FINESS',
  structureId: '0B0221636',
  departement: '69',
  commonName: 'INSI-AUTO',
  dnsNames: [],
};

export const pem = (der: Uint8Array): string =>
  `-----BEGIN CERTIFICATE-----\n${Buffer.from(der)
    .toString('base64')
    .replace(/.{1,64}/g, '$&\n')}-----END CERTIFICATE-----\n`;

/** A fixture TEST hierarchy named like IGC-Santé's (not pinned, so chains are 'unknown-anchor'). */
export const fixtureHierarchy = async (ou = TEST_OU, prefix = 'TEST ') => {
  const root = await issue({
    name: `C=FR, O=ASIP-SANTE, ${ou}, CN=${prefix}AC RACINE IGC-SANTE ELEMENTAIRE`,
    ca: true,
  });
  const inter = await issue({
    name: `C=FR, O=ASIP-SANTE, ${ou}, CN=${prefix}AC IGC-SANTE ELEMENTAIRE ORGANISATIONS`,
    issuer: root,
    ca: true,
  });
  return { root, inter };
};

export const usage = {
  auth: () => [
    new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
    new x509.ExtendedKeyUsageExtension(['1.3.6.1.5.5.7.3.2']),
  ],
  sign: () => [
    new x509.KeyUsagesExtension(
      x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation,
      true,
    ),
    new x509.ExtendedKeyUsageExtension(['1.3.6.1.5.5.7.3.4']),
  ],
};

/** An end-entity certificate from `inter` for a CSR's key and subject, as the platform would issue. */
export const issueForCsr = async (csrPem: string, inter: FixtureCert, kind: keyof typeof usage = 'auth') => {
  const csr = new x509.Pkcs10CertificateRequest(csrPem);
  return issue({
    name: 'leaf',
    issuer: inter,
    subjectDer: new Uint8Array(csr.subjectName.toArrayBuffer()),
    publicKey: await importSpki(new Uint8Array(csr.publicKey.rawData)),
    extensions: usage[kind](),
  });
};

/** A core with a passphrase vault and one ORG_AUTH_CLI TEST order whose CSR is exported. */
export const coreWithOrder = async (options: MakeCoreOptions = {}) => {
  const made = await makeCore(options);
  const { orders, vault } = made.core.services;
  const set = await vault.setup({ mode: 'passphrase', passphrase: PASSPHRASE });
  if (!set.ok) throw new Error(set.error.message);
  const created = await orders.create({
    product: 'ORG_AUTH_CLI',
    environment: 'test',
    holder,
    projects: ['INSI'],
    keyBits: 2048,
  });
  if (!created.ok) throw new Error(created.error.message);
  const generated = await orders.generateKey(created.value.id);
  if (!generated.ok) throw new Error(generated.error.message);
  const exported = await orders.exportCsr(created.value.id);
  if (!exported.ok) throw new Error(exported.error.message);
  return { ...made, order: exported.value.order, csrPem: exported.value.pem };
};

/**
 * A PKCS#12 as the platform writes it (key generated there): OpenSSL, certificates
 * unencrypted, key bag 3DES, MAC HMAC-SHA1 at 2048 iterations.
 */
export const platformPkcs12 = async (inter: FixtureCert, root: FixtureCert, password: string) => {
  const leaf = await issue({
    name: `C=FR, ST=Rhône (69), O=CENTRE DE SANTE RPPS22163, OU=10B0221636, CN=INSI-AUTO`,
    issuer: inter,
    extensions: usage.auth(),
  });
  const pkcs8 = new Uint8Array(await webcrypto.subtle.exportKey('pkcs8', leaf.keys.privateKey));
  const dir = tempDir('vigie-p12-');
  writeFileSync(
    join(dir, 'key.pem'),
    `-----BEGIN PRIVATE KEY-----\n${Buffer.from(pkcs8)
      .toString('base64')
      .replace(/.{1,64}/g, '$&\n')}-----END PRIVATE KEY-----\n`,
  );
  writeFileSync(join(dir, 'cert.pem'), pem(leaf.der));
  writeFileSync(join(dir, 'chain.pem'), pem(inter.der) + pem(root.der));
  execFileSync('openssl', [
    'pkcs12',
    '-export',
    '-inkey',
    join(dir, 'key.pem'),
    '-in',
    join(dir, 'cert.pem'),
    '-certfile',
    join(dir, 'chain.pem'),
    '-passout',
    `pass:${password}`,
    '-keypbe',
    'PBE-SHA1-3DES',
    '-certpbe',
    'NONE',
    '-macalg',
    'sha1',
    '-iter',
    '2048',
    '-out',
    join(dir, 'platform.p12'),
  ]);
  return { leaf, pkcs8, bytes: new Uint8Array(readFileSync(join(dir, 'platform.p12'))) };
};
