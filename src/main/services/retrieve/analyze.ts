import { recognizeCertificate, withChain } from '../../../shared/igc-sante/recognize.js';
import { MAX_FILE_BYTES } from '../../../shared/limits.js';
import type { CertificateView } from '../../../shared/model/certificate.js';
import type { ReadError } from '../../../shared/model/errors.js';
import type { IgcSanteInfo } from '../../../shared/model/igc-sante.js';
import type { DistinguishedName } from '../../../shared/model/names.js';
import type { Order, OrderState } from '../../../shared/model/order.js';
import type { RetrievedCertificate } from '../../../shared/model/retrieve.js';
import { err, ok, type Result } from '../../../shared/result.js';
import type { Clock } from '../../ports/clock.js';
import { buildChain, type ChainInput } from '../../pki/chain/index.js';
import { describeCertificate, describeCsr } from '../../pki/describe/index.js';
import { readFile } from '../../pki/reader/index.js';
import type { TrustService } from '../trust/trust-service.js';
import { findMismatches } from './mismatches.js';
import { issuerOf, revocationOf, type RevocationChecker } from './revocation-of.js';

/** Orders still waiting for their certificate: the only ones a retrieved file may complete. */
export const PENDING_STATES: readonly OrderState[] = ['key-ready', 'csr-exported', 'submitted'];

export type AnalyzeDeps = {
  clock: Clock;
  trust: Pick<TrustService, 'list'>;
  listOrders: () => Promise<Result<Order[], unknown>>;
  /** Tests pin a fixture root here; production uses the pinned IGC-Santé list. */
  findAnchor?: ChainInput['findAnchor'];
  /** OCSP / CRL over the network; absent when fetching is off (the report then says so). */
  revocation?: RevocationChecker;
  /** Vigie's rehearsal CA (services/sandbox): its certificates are named as such, not as look-alikes. */
  sandbox?: SandboxRecognizer;
};

/** Whether a certificate comes from the local sandbox CA (checked by signature, never by name). */
export type SandboxRecognizer = { recognizes(der: Uint8Array): Promise<boolean> };

export type AnalyzeRequest = { bytes: Uint8Array; password?: string };

/** What confirm needs beyond the report: the bytes and views it acts on. */
export type AnalyzedCertificate = {
  der: Uint8Array;
  view: CertificateView;
  info: IgcSanteInfo | null;
  order: Order | null;
  report: RetrievedCertificate;
};

export type Analysis = { certificates: AnalyzedCertificate[]; passwordRequired: boolean };

const pemBody = (pem: string): Uint8Array | null => {
  const m = /-----BEGIN CERTIFICATE REQUEST-----([\s\S]*?)-----END CERTIFICATE REQUEST-----/.exec(pem);
  return m?.[1] === undefined ? null : new Uint8Array(Buffer.from(m[1].replace(/\s+/g, ''), 'base64'));
};

const csrSubjectOf = async (order: Order): Promise<DistinguishedName | null> => {
  const der = order.csrPem === null ? null : pemBody(order.csrPem);
  if (der === null) return null;
  const view = await describeCsr(der);
  return view.ok ? view.value.subject : null;
};

/**
 * Reads a file the user brought back from the platform and says, for each certificate:
 * what it is, whether it chains to a pinned anchor, which pending order's key it carries
 * (by SPKI SHA-256, the one link that cannot be faked without the private key), how it
 * differs from that order, and whether its private key is in the file too. A key counts
 * as "in the file" only once opened: an encrypted key bag without the password leaves
 * `keyInFile` false and `passwordRequired` true (the report says "not verified yet").
 */
export const analyzeFile = async (
  deps: AnalyzeDeps,
  request: AnalyzeRequest,
): Promise<Result<Analysis, ReadError>> => {
  if (request.bytes.length > MAX_FILE_BYTES) {
    return err({
      code: 'file-too-large',
      message: `File is ${request.bytes.length} bytes; the limit is ${MAX_FILE_BYTES}`,
      detail: { limit: MAX_FILE_BYTES, size: request.bytes.length },
    });
  }
  const read = await readFile(
    request.bytes,
    request.password === undefined ? {} : { password: request.password },
  );
  if (!read.ok) return read;
  const now = deps.clock.now();
  const objects = read.value.objects;
  const fileCerts = objects.flatMap((o) => (o.type === 'certificate' ? [o.der] : []));
  const keySpkis = new Set(
    objects.flatMap((o) =>
      o.type === 'private-key' && !o.key.encrypted && o.key.spkiSha256 ? [o.key.spkiSha256] : [],
    ),
  );
  const storeCerts = (await deps.trust.list()).map((c) => c.der);
  const listed = await deps.listOrders();
  // Without the orders the file can still be shown; it just matches nothing.
  const pending = listed.ok
    ? listed.value.filter((o) => PENDING_STATES.includes(o.state) && o.spkiSha256)
    : [];

  const certificates: AnalyzedCertificate[] = [];
  for (const der of fileCerts) {
    const view = await describeCertificate(der, now);
    if (!view.ok) continue; // the inspector shows why; retrieval only keeps usable certificates
    const shape = recognizeCertificate(view.value);
    const chain = await buildChain({
      leaf: der,
      fileCertificates: fileCerts,
      storeCertificates: storeCerts,
      now,
      leafEnvironment: shape?.environment ?? null,
      ...(deps.findAnchor ? { findAnchor: deps.findAnchor } : {}),
    });
    const info = shape && withChain(shape, view.value.sha256, chain);
    const sandbox = (await deps.sandbox?.recognizes(der)) ?? false;
    const order = view.value.isCa
      ? null
      : (pending.find((o) => o.spkiSha256 === view.value.spkiSha256) ?? null);
    const mismatches =
      order === null
        ? []
        : findMismatches({ cert: view.value, info, order, csrSubject: await csrSubjectOf(order), now })
            // A sandbox certificate is not an IGC-Santé one by design: that is no difference to report.
            .filter((m) => !(sandbox && m === 'not-igc-sante'));
    certificates.push({
      der,
      view: view.value,
      info,
      order,
      report: {
        sha256: view.value.sha256,
        spkiSha256: view.value.spkiSha256,
        subject: view.value.subject.text,
        product: info?.product ?? null,
        environment: info?.environment ?? null,
        notAfter: view.value.notAfter,
        isCa: view.value.isCa,
        chain,
        genuine: info?.genuine ?? false,
        sandbox,
        matchedOrderId: order?.id ?? null,
        mismatches,
        keyInFile: keySpkis.has(view.value.spkiSha256),
        revocation: await revocationOf(
          deps.revocation ?? null,
          { der, isCa: view.value.isCa },
          issuerOf(chain, [...fileCerts, ...storeCerts]),
        ),
      },
    });
  }
  const passwordRequired =
    read.value.pkcs12?.passwordRequired ?? read.value.warnings.some((w) => w.code === 'password-required');
  return ok({ certificates, passwordRequired });
};
