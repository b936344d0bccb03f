import type { SandboxCertificate } from '../../../shared/model/sandbox.js';
import { buildCrl, serialKey, type RevokedEntry, type SandboxCa } from './sandbox-ca.js';
import { answerOcsp, requestFromPath } from './sandbox-ocsp.js';
import type { SandboxRequest, SandboxResponse } from './sandbox-server-port.js';

/**
 * Seconds, not days: "Mes certificats" keeps a CRL's answer (and the CRL itself) until its
 * nextUpdate, so a rehearsal revocation shows at the next "Vérifier maintenant" instead of
 * ten minutes later. The server is local and makes a fresh CRL for each request.
 */
const CRL_VALIDITY_MS = 5_000;
const OCSP_VALIDITY_MS = 10 * 60_000;

/** What the server needs of the sandbox's state: what it issued and revoked. */
export type SandboxRecords = {
  issued: readonly Pick<SandboxCertificate, 'serialHex' | 'revokedAt' | 'reason'>[];
};

const notFound = (): SandboxResponse => ({
  status: 404,
  contentType: 'text/plain',
  body: new Uint8Array(Buffer.from('not found')),
});

const revokedEntries = (s: SandboxRecords): RevokedEntry[] =>
  s.issued.flatMap((c) =>
    c.revokedAt && c.reason
      ? [{ serialHex: c.serialHex, date: new Date(c.revokedAt), reason: c.reason }]
      : [],
  );

/**
 * The loopback server's answers: the CRL at /crl/sandbox.crl (a new number each time,
 * `nextCrlNumber` keeps it), OCSP by POST /ocsp and by GET /ocsp/<base64>; 404 otherwise.
 */
export const sandboxHandler =
  (deps: {
    load: () => Promise<{ ca: SandboxCa; state: SandboxRecords } | null>;
    nextCrlNumber: () => Promise<number>;
    now: () => Date;
  }) =>
  async (request: SandboxRequest): Promise<SandboxResponse> => {
    const loaded = await deps.load();
    if (!loaded) return notFound();
    const now = deps.now();
    if (request.method === 'GET' && request.path === '/crl/sandbox.crl') {
      const der = await buildCrl(loaded.ca, {
        number: await deps.nextCrlNumber(),
        now,
        validityMs: CRL_VALIDITY_MS,
        revoked: revokedEntries(loaded.state),
      });
      return { status: 200, contentType: 'application/pkix-crl', body: der };
    }
    const ocspGet = request.method === 'GET' && request.path.startsWith('/ocsp/');
    if ((request.method === 'POST' && request.path === '/ocsp') || ocspGet) {
      const der = ocspGet ? requestFromPath(request.path.slice('/ocsp/'.length)) : request.body;
      if (der === null) return { status: 400, contentType: 'text/plain', body: new Uint8Array() };
      const revoked = new Map(revokedEntries(loaded.state).map((r) => [serialKey(r.serialHex), r]));
      const issued = new Set(loaded.state.issued.map((c) => serialKey(c.serialHex)));
      const body = await answerOcsp(loaded.ca, der, { issued, revoked, now, validityMs: OCSP_VALIDITY_MS });
      return { status: 200, contentType: 'application/ocsp-response', body };
    }
    return notFound();
  };
