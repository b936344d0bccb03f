/**
 * Revocation status of a certificate: OCSP first when the AIA names a responder, then the
 * CRLs of its cRLDistributionPoints (cached on disk until their nextUpdate). Nothing here
 * trusts the transport: every CRL and OCSP answer is verified against the issuer.
 */
import type { CertificateView } from '../../../shared/model/certificate.js';
import { hexToBytes } from '../../../shared/asn1/hex.js';
import { DerError } from '../../../shared/asn1/tlv.js';
import type { Clock } from '../../ports/clock.js';
import type { FileSystem } from '../../ports/file-system.js';
import type { HttpFetcher } from '../../ports/http-fetcher.js';
import { MAX_FILE_BYTES } from '../../../shared/limits.js';
import {
  distributionPointUris,
  namesIssuer,
  readIssuer,
  readSubject,
  type IssuerInfo,
  type SubjectInfo,
} from '../../pki/revocation/index.js';
import { errorText } from '../../pki/revocation/index.js';
import { createCrlSource } from './crl-source.js';
import { collectCrls, statusFromCrls } from './crl-status.js';
import { fetchOcspAnswers, statusFromOcsp } from './ocsp-status.js';
import type { CheckOptions, CrlSet, RevocationCheck, RevocationLimits } from '../../pki/revocation/index.js';

export type {
  CheckOptions,
  CrlSet,
  RevocationCheck,
  RevocationLimits,
  RevocationStatus,
  VerifiedCrl,
} from '../../pki/revocation/index.js';

export const DEFAULT_REVOCATION_LIMITS: RevocationLimits = {
  // IGC-Santé CRLs are a few hundred KiB; the file limit leaves room and stays bounded.
  crlMaxBytes: MAX_FILE_BYTES,
  ocspMaxBytes: 64 * 1024,
  timeoutMs: 15_000,
  skewMs: 5 * 60_000,
  ocspMaxAgeMs: 24 * 3_600_000,
};

export type RevocationDeps = {
  http: HttpFetcher;
  fs: FileSystem;
  clock: Clock;
  /** Folder of cached CRLs (created on first write). */
  cacheDir: string;
  limits?: Partial<RevocationLimits>;
};

export type RevocationService = {
  /** The verified, fresh CRLs (full + delta when reachable) for a certificate's issuer. */
  crlsFor(cert: CertificateView | Uint8Array, issuerDer: Uint8Array): Promise<CrlSet>;
  checkCertificate(
    certDer: Uint8Array,
    issuerDer: Uint8Array,
    options?: CheckOptions,
  ): Promise<RevocationCheck>;
  /**
   * What CRLs already collected (`crlsFor` with this certificate's issuer) say of it: a sweep
   * collects an issuer's CRLs once and asks this of each certificate it issued.
   */
  statusIn(set: CrlSet, certDer: Uint8Array, issuerDer: Uint8Array): Promise<RevocationCheck>;
  /** The OCSP responders' answers about a certificate, unjudged (see fetchOcspAnswers). */
  ocspAnswersFor(
    certDer: Uint8Array,
    issuerDer: Uint8Array,
  ): Promise<{ answers: Uint8Array[]; notes: string[] }>;
};

const FRESHEST_CRL = '2.5.29.46';

/** A view carries the CDP URLs; the freshestCRL ones come back from its extension bytes. */
const urlsOfView = (view: CertificateView): Pick<SubjectInfo, 'crlUrls' | 'deltaUrls'> => {
  const hex = view.extensions.find((e) => e.oid === FRESHEST_CRL && e.error === null)?.valueHex;
  const bytes = hex ? hexToBytes(hex) : null;
  let deltaUrls: string[];
  try {
    deltaUrls = bytes ? distributionPointUris(bytes) : [];
  } catch (e) {
    if (!(e instanceof DerError)) throw e;
    deltaUrls = []; // a broken freshestCRL only costs the delta, never the full CRL
  }
  return { crlUrls: view.crlDistributionPoints, deltaUrls };
};

const unknown = (detail: string): RevocationCheck => ({
  status: 'unknown',
  source: 'crl',
  detail,
  notes: [],
});

export const createRevocationService = (deps: RevocationDeps): RevocationService => {
  const limits = { ...DEFAULT_REVOCATION_LIMITS, ...deps.limits };
  const source = createCrlSource({ ...deps, limits });

  const readBoth = (certDer: Uint8Array | null, issuerDer: Uint8Array) => {
    try {
      return { subject: certDer ? readSubject(certDer) : null, issuer: readIssuer(issuerDer), error: null };
    } catch (e) {
      return { subject: null, issuer: null, error: errorText(e) };
    }
  };

  return {
    crlsFor: async (cert, issuerDer) => {
      const read = readBoth(cert instanceof Uint8Array ? cert : null, issuerDer);
      if (!read.issuer) return { base: null, delta: null, notes: [`unreadable certificate: ${read.error}`] };
      const urls = cert instanceof Uint8Array ? (read.subject as SubjectInfo) : urlsOfView(cert);
      return collectCrls(urls, read.issuer, source);
    },

    checkCertificate: async (certDer, issuerDer, options = {}) => {
      const read = readBoth(certDer, issuerDer);
      if (!read.subject || !read.issuer) return unknown(`unreadable certificate: ${read.error}`);
      const subject: SubjectInfo = read.subject;
      const issuer: IssuerInfo = read.issuer;
      // A CRL or OCSP answer about another CA's certificate would say nothing true.
      if (!namesIssuer(subject, issuer))
        return unknown(`the certificate is issued by ${subject.issuerText}, not by ${issuer.subjectText}`);
      const notes: string[] = [];
      let ocsp: RevocationCheck | null = null;
      if (options.ocsp !== false && subject.ocspUrls.length > 0) {
        ocsp = await statusFromOcsp(subject, issuer, {
          http: deps.http,
          now: deps.clock.now(),
          limits,
          requireNonce: options.requireNonce ?? false,
        });
        if (ocsp.status !== 'unknown') return ocsp;
        notes.push(...ocsp.notes, `OCSP inconclusive (${ocsp.detail}): falling back to CRLs`);
      }
      if (options.crl === false) return ocsp ?? unknown('CRLs not allowed and no OCSP URL in the AIA');
      const crl = await statusFromCrls(await collectCrls(subject, issuer, source), subject, {
        der: certDer,
        issuer,
        at: deps.clock.now(),
        skewMs: limits.skewMs,
      });
      return { ...crl, notes: [...notes, ...crl.notes] };
    },

    ocspAnswersFor: async (certDer, issuerDer) => {
      const read = readBoth(certDer, issuerDer);
      if (!read.subject || !read.issuer)
        return { answers: [], notes: [`unreadable certificate: ${read.error}`] };
      return fetchOcspAnswers(read.subject, read.issuer, { http: deps.http, limits });
    },

    statusIn: async (set, certDer, issuerDer) => {
      const read = readBoth(certDer, issuerDer);
      if (!read.subject || !read.issuer) return unknown(`unreadable certificate: ${read.error}`);
      return statusFromCrls(set, read.subject, {
        der: certDer,
        issuer: read.issuer,
        at: deps.clock.now(),
        skewMs: limits.skewMs,
      });
    },
  };
};
