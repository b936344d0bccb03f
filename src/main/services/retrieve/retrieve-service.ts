import type { ReadError } from '../../../shared/model/errors.js';
import type { Order, OrderError } from '../../../shared/model/order.js';
import type { RetrieveAnalysis } from '../../../shared/model/retrieve.js';
import { err, ok, type Result } from '../../../shared/result.js';
import { analyzeFile, type AnalyzeDeps, type AnalyzeRequest } from './analyze.js';
import {
  adoptPlatformKey,
  issuedCertificate,
  lookAlikeRefusal,
  notesFor,
  refusal,
  storeSecrets,
  type ConfirmDeps,
  type ConfirmRequest,
} from './confirm.js';

export type RetrieveDeps = Omit<AnalyzeDeps, 'listOrders'> &
  Omit<ConfirmDeps, 'now' | 'trust'> & {
    trust: AnalyzeDeps['trust'] & ConfirmDeps['trust'];
  };

const readFailure = (e: ReadError): OrderError => ({
  code: 'certificate-mismatch',
  message: e.message,
  fields: [{ field: 'file', code: e.code, message: e.message }],
});

/**
 * Retrieval ("retrait"): the user brings back what the IGC-Santé platform issued. analyze
 * reports; confirm analyses again (it never trusts what the renderer saw) and keeps the
 * certificate: on its order, or, for a platform-generated key, on a new order whose key
 * goes into the vault. One confirm at a time, so a double click cannot import a key twice.
 */
export const createRetrieveService = (deps: RetrieveDeps) => {
  const analyzeDeps: AnalyzeDeps = {
    clock: deps.clock,
    trust: deps.trust,
    listOrders: () => deps.orders.list(),
    ...(deps.findAnchor ? { findAnchor: deps.findAnchor } : {}),
    ...(deps.revocation ? { revocation: deps.revocation } : {}),
    ...(deps.sandbox ? { sandbox: deps.sandbox } : {}),
  };
  const confirmDeps: ConfirmDeps = { ...deps, now: () => deps.clock.now() };
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  const confirm = async (
    request: ConfirmRequest & { certificateSha256: string },
  ): Promise<Result<Order, OrderError>> => {
    const analysis = await analyzeFile(analyzeDeps, request);
    if (!analysis.ok) return err(readFailure(analysis.error));
    const target = analysis.value.certificates.find((c) => c.report.sha256 === request.certificateSha256);
    if (target === undefined)
      return err({ code: 'not-found', message: 'That certificate is not in this file.' });
    if (target.report.isCa)
      return err({
        code: 'no-matching-order',
        message: 'This is a CA certificate, not one issued for an order.',
      });
    const refused = refusal(target);
    if (refused) return refused;
    const secrets = { revocationCode: request.revocationCode };

    // Already kept (a second click, or a retry after the keychain failed): store the secrets again.
    const all = await deps.orders.list();
    if (!all.ok) return all;
    const kept = all.value.find((o) => o.certificate?.sha256 === target.report.sha256);
    if (kept) {
      const stored = await storeSecrets(deps.secrets, kept.id, secrets);
      return stored.ok ? ok(kept) : stored;
    }

    const noMatch = (): Result<never, OrderError> =>
      err({
        code: 'no-matching-order',
        message: analysis.value.passwordRequired
          ? 'No order of this computer holds this key; if the platform generated it, type the PKCS#12 password.'
          : 'No pending order of this computer holds the key of this certificate.',
      });
    // A platform PKCS#12 with its key: the password opens the key for the vault.
    const keyPassword = target.report.keyInFile ? request.password : undefined;
    if (target.order === null && keyPassword === undefined) return noMatch();
    // Asked only once the certificate could be kept, so the user is not asked for nothing.
    const lookAlike = lookAlikeRefusal(target, request.acceptLookAlike === true);
    if (lookAlike) return lookAlike;

    let saved: Result<Order, OrderError>;
    let pkcs12Password: string | undefined;
    if (target.order !== null) {
      saved = await deps.orders.attachCertificate(
        target.order.id,
        issuedCertificate(target, deps.clock.now()),
        notesFor(target),
      );
    } else if (keyPassword !== undefined) {
      saved = await adoptPlatformKey(confirmDeps, target, request.bytes, keyPassword);
      pkcs12Password = keyPassword;
    } else return noMatch();
    if (!saved.ok) return saved;
    // Keep the file's pinned IGC-Santé CAs for later exports; a file without any is fine.
    await deps.trust.importChain(request.bytes, request.password);
    const stored = await storeSecrets(deps.secrets, saved.value.id, { ...secrets, pkcs12Password });
    return stored.ok ? saved : stored;
  };

  return {
    async analyze(request: AnalyzeRequest): Promise<Result<RetrieveAnalysis, ReadError>> {
      const analysis = await analyzeFile(analyzeDeps, request);
      if (!analysis.ok) return analysis;
      return ok({
        certificates: analysis.value.certificates.map((c) => c.report),
        passwordRequired: analysis.value.passwordRequired,
      });
    },
    confirm: (request: ConfirmRequest & { certificateSha256: string }) => serial(() => confirm(request)),
  };
};

export type RetrieveService = ReturnType<typeof createRetrieveService>;
