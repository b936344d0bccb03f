import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../../../helpers/temp-dir.js';

export type TestPki = {
  rootDer: Uint8Array;
  intermediateDer: Uint8Array;
  leafDer: Uint8Array;
  /** Leaf + key + chain, AES-256-CBC PBES2 as OpenSSL 3 writes by default. */
  p12: Uint8Array;
  password: string;
};

const openssl = (dir: string, args: string[]): void => {
  execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
};

const der = (dir: string, pem: string): Uint8Array => {
  openssl(dir, ['x509', '-in', pem, '-outform', 'DER', '-out', `${pem}.der`]);
  return new Uint8Array(readFileSync(join(dir, `${pem}.der`)));
};

/** A TEST-like IGC-Santé hierarchy (root → organisations CA → ORG_AUTH_CLI leaf) made by OpenSSL. */
export const makeTestPki = (password = 'Mot de passe été 2025'): TestPki => {
  const dir = tempDir('vigie-pki-');
  const ou = '/C=FR/O=ASIP-SANTE/OU=0002 187512751/OU=IGC-SANTE TEST';
  writeFileSync(
    join(dir, 'ext.cnf'),
    [
      '[ca]',
      'basicConstraints=critical,CA:true',
      'keyUsage=critical,keyCertSign,cRLSign',
      '[leaf]',
      'basicConstraints=critical,CA:false',
      'keyUsage=critical,digitalSignature',
      'extendedKeyUsage=clientAuth',
    ].join('\n'),
  );
  const common = ['-newkey', 'rsa:2048', '-nodes', '-days', '30'];
  openssl(dir, [
    'req',
    '-x509',
    ...common,
    '-keyout',
    'root.key',
    '-out',
    'root.pem',
    '-subj',
    `${ou}/CN=TEST AC RACINE IGC-SANTE ELEMENTAIRE`,
    '-extensions',
    'ca',
    '-config',
    'ext.cnf',
  ]);
  openssl(dir, [
    'req',
    ...common,
    '-keyout',
    'int.key',
    '-out',
    'int.csr',
    '-subj',
    `${ou}/CN=TEST AC IGC-SANTE ELEMENTAIRE ORGANISATIONS`,
  ]);
  openssl(dir, [
    'x509',
    '-req',
    '-in',
    'int.csr',
    '-CA',
    'root.pem',
    '-CAkey',
    'root.key',
    '-set_serial',
    '2',
    '-days',
    '30',
    '-extfile',
    'ext.cnf',
    '-extensions',
    'ca',
    '-out',
    'int.pem',
  ]);
  openssl(dir, [
    'req',
    ...common,
    '-keyout',
    'leaf.key',
    '-out',
    'leaf.csr',
    '-subj',
    '/C=FR/ST=Rhône (69)/O=Clinique du Parc/OU=10B0123456/CN=Service DMP',
    '-utf8',
  ]);
  openssl(dir, [
    'x509',
    '-req',
    '-in',
    'leaf.csr',
    '-CA',
    'int.pem',
    '-CAkey',
    'int.key',
    '-set_serial',
    '3',
    '-days',
    '30',
    '-extfile',
    'ext.cnf',
    '-extensions',
    'leaf',
    '-out',
    'leaf.pem',
  ]);
  writeFileSync(join(dir, 'chain.pem'), readFileSync(join(dir, 'int.pem')));
  writeFileSync(join(dir, 'pw'), password);
  openssl(dir, [
    'pkcs12',
    '-export',
    '-keypbe',
    'AES-256-CBC',
    '-certpbe',
    'AES-256-CBC',
    '-macalg',
    'sha256',
    '-inkey',
    'leaf.key',
    '-in',
    'leaf.pem',
    '-certfile',
    'chain.pem',
    '-name',
    'Service DMP',
    '-passout',
    'file:pw',
    '-out',
    'leaf.p12',
  ]);
  return {
    rootDer: der(dir, 'root.pem'),
    intermediateDer: der(dir, 'int.pem'),
    leafDer: der(dir, 'leaf.pem'),
    p12: new Uint8Array(readFileSync(join(dir, 'leaf.p12'))),
    password,
  };
};
