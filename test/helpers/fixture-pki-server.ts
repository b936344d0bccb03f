/**
 * A fixture PKI on 127.0.0.1: a CA (fixture-ca.ts), leaves whose CDP / freshestCRL / AIA
 * point at this server, a CRL regenerated on every request from the current revocation
 * list, and an OCSP responder. Tests talk to nothing else; every request is logged so a
 * test can count them.
 */
import 'reflect-metadata';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as x509 from '@peculiar/x509';
import { unsignedInteger } from '../../src/shared/asn1/build.js';
import { issue, type FixtureCert } from './fixture-ca.js';
import {
  answerOcsp,
  serialKey,
  type OcspKnobs,
  type ResponderState,
  type Revoked,
} from './fixture-ocsp-responder.js';

export type { OcspKnobs } from './fixture-ocsp-responder.js';
/** CRL reason codes for `revoke` (re-exported so tests need not load @peculiar/x509 first). */
export const CrlReason = x509.X509CrlReason;

export type CrlMode = 'normal' | 'tampered' | 'oversize' | 'stale' | 'down';

export type LeafOptions = {
  name?: string;
  /** AIA OCSP entry (default true). */
  ocsp?: boolean;
  /** CDP entries (default: this server's CRL, then an LDAP mirror like IGC-Santé's). */
  crlUrls?: string[];
  /** freshestCRL entries (none by default). */
  deltaUrls?: string[];
  /** Certify this key and subject (a vault order's CSR) instead of fresh ones. */
  publicKey?: CryptoKey;
  subjectDer?: Uint8Array;
  /** Extra extensions (key usages of an IGC-Santé product…). */
  extensions?: x509.Extension[];
};

export type FixturePki = {
  ca: FixtureCert;
  base: string;
  crlUrl: string;
  deltaUrl: string;
  ocspUrl: string;
  issueLeaf(options?: LeafOptions): Promise<FixtureCert>;
  revoke(cert: FixtureCert, revoked?: Partial<Revoked>): void;
  /** Revocations that only the delta CRL lists (the base stays as it was). */
  revokeInDelta(cert: FixtureCert, revoked?: Partial<Revoked>): void;
  /** "METHOD /path" of every request so far. */
  requests: string[];
  count(path: string): number;
  crlMode: CrlMode;
  /** How long a generated CRL stays valid (nextUpdate - now). */
  crlValidityMs: number;
  ocsp: OcspKnobs;
  close(): Promise<void>;
};

const SIGNING = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
const CRL_NUMBER = '2.5.29.20';
const DELTA_CRL_INDICATOR = '2.5.29.27';
const FRESHEST_CRL = '2.5.29.46';
const MAX_REQUEST_BYTES = 64 * 1024;

const entries = (list: Map<string, Revoked>): x509.X509CrlEntryParams[] =>
  [...list].map(([serialNumber, r]) => ({ serialNumber, revocationDate: r.date, reason: r.reason }));

export const startFixturePki = async (
  options: {
    now?: () => Date;
    /** e.g. an IGC-Santé-like TEST CA name, for retrieval tests */ caName?: string;
  } = {},
): Promise<FixturePki> => {
  const now = options.now ?? (() => new Date());
  const ca = await issue({
    name: options.caName ?? 'CN=Fixture Revocation CA, O=Vigie Tests, C=FR',
    ca: true,
  });
  const delegated = await issue({
    name: 'CN=Fixture OCSP Responder, O=Vigie Tests, C=FR',
    issuer: ca,
    extensions: [new x509.ExtendedKeyUsageExtension(['1.3.6.1.5.5.7.3.9'])],
  });
  const stranger = await issue({
    name: 'CN=Stranger OCSP, O=Elsewhere, C=FR',
    extensions: [new x509.ExtendedKeyUsageExtension(['1.3.6.1.5.5.7.3.9'])],
  });
  const revoked = new Map<string, Revoked>();
  const deltaOnly = new Map<string, Revoked>();
  const state: ResponderState = { ca, delegated, stranger, revoked, issued: new Set(), now, knobs: {} };
  let crlNumber = 1;
  const requests: string[] = [];

  const crl = async (delta: boolean, mode: CrlMode): Promise<Uint8Array> => {
    const t = now().getTime();
    const stale = mode === 'stale';
    crlNumber++;
    const extensions = [new x509.Extension(CRL_NUMBER, false, new Uint8Array(unsignedInteger(crlNumber)))];
    // The delta applies to any base numbered from 1 on: enough for the fixture.
    if (delta)
      extensions.push(new x509.Extension(DELTA_CRL_INDICATOR, true, new Uint8Array(unsignedInteger(1))));
    const generated = await x509.X509CrlGenerator.create({
      issuer: ca.cert.subject,
      thisUpdate: new Date(stale ? t - 7_200_000 : t - 60_000),
      nextUpdate: new Date(stale ? t - 3_600_000 : t + pki.crlValidityMs),
      signingAlgorithm: SIGNING,
      signingKey: ca.keys.privateKey,
      extensions,
      entries: entries(delta ? deltaOnly : revoked),
    });
    const der = new Uint8Array(generated.rawData);
    if (mode === 'tampered') der[der.length - 1] = (der[der.length - 1] as number) ^ 0x01;
    return der;
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_REQUEST_BYTES) req.destroy();
      else chunks.push(c);
    });
    req.on('end', () => {
      const path = req.url ?? '';
      requests.push(`${req.method} ${path}`);
      const send = (body: Uint8Array, type: string) => res.writeHead(200, { 'content-type': type }).end(body);
      const fail = (e: unknown) => res.writeHead(500).end(String(e));
      if (pki.crlMode === 'down') {
        res.socket?.destroy();
        return;
      }
      if (req.method === 'GET' && (path === '/crl/ca.crl' || path === '/crl/ca-delta.crl')) {
        if (pki.crlMode === 'oversize') {
          send(new Uint8Array(2 * 1024 * 1024), 'application/pkix-crl');
          return;
        }
        crl(path === '/crl/ca-delta.crl', pki.crlMode).then((d) => send(d, 'application/pkix-crl'), fail);
        return;
      }
      if (req.method === 'POST' && path === '/ocsp') {
        answerOcsp(state, new Uint8Array(Buffer.concat(chunks))).then(
          (d) => send(d, 'application/ocsp-response'),
          fail,
        );
        return;
      }
      res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const toRevoked = (r: Partial<Revoked> = {}): Revoked => ({
    date: r.date ?? new Date(now().getTime() - 3_600_000),
    reason: r.reason,
  });

  const pki: FixturePki = {
    ca,
    base,
    crlUrl: `${base}/crl/ca.crl`,
    deltaUrl: `${base}/crl/ca-delta.crl`,
    ocspUrl: `${base}/ocsp`,
    requests,
    count: (path) => requests.filter((r) => r.endsWith(` ${path}`)).length,
    crlMode: 'normal',
    crlValidityMs: 3_600_000,
    ocsp: state.knobs,
    issueLeaf: async (o = {}) => {
      const crlUrls = o.crlUrls ?? [
        pki.crlUrl,
        'ldap://annuaire.invalid/cn=Fixture%20CA?certificateRevocationList',
      ];
      const extensions: x509.Extension[] = [
        new x509.CRLDistributionPointsExtension(crlUrls),
        ...(o.extensions ?? []),
      ];
      if (o.deltaUrls)
        extensions.push(
          new x509.Extension(FRESHEST_CRL, false, new x509.CRLDistributionPointsExtension(o.deltaUrls).value),
        );
      if (o.ocsp !== false) extensions.push(new x509.AuthorityInfoAccessExtension({ ocsp: [pki.ocspUrl] }));
      const leaf = await issue({
        name: o.name ?? 'CN=Fixture Leaf, O=Vigie Tests, C=FR',
        issuer: ca,
        extensions,
        ...(o.publicKey ? { publicKey: o.publicKey } : {}),
        ...(o.subjectDer ? { subjectDer: o.subjectDer } : {}),
      });
      state.issued.add(serialKey(leaf.cert.serialNumber));
      return leaf;
    },
    revoke: (cert, r) => void revoked.set(serialKey(cert.cert.serialNumber), toRevoked(r)),
    revokeInDelta: (cert, r) => void deltaOnly.set(serialKey(cert.cert.serialNumber), toRevoked(r)),
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
  return pki;
};
