import type { FieldError, Order, OrderError } from '../../../shared/model/order.js';
import type { VaultError } from '../../../shared/model/vault.js';
import { err, ok, type Result } from '../../../shared/result.js';
import type { StoredKey } from '../../ports/key-store.js';
import type { SecretStore } from '../../ports/secret-store.js';
import type { IssuedCertificate, OrdersService } from '../orders/orders-service.js';
import type { TrustService } from '../trust/trust-service.js';
import type { AnalyzedCertificate } from './analyze.js';
import { holderFromCertificate } from './holder-from-certificate.js';
import { pkcs8FromPkcs12 } from './key-from-pkcs12.js';
import { orderSecretAccount } from './secret-accounts.js';

export type ConfirmDeps = {
  orders: Pick<OrdersService, 'list' | 'attachCertificate' | 'addIssued'>;
  keys: {
    readonly storeId: string;
    importKey(pkcs8: Uint8Array, label: string): Promise<Result<StoredKey, VaultError>>;
    remove(keyId: string): Promise<Result<void, VaultError>>;
  };
  secrets: SecretStore;
  trust: Pick<TrustService, 'importChain'>;
  now: () => Date;
};

export type ConfirmRequest = {
  bytes: Uint8Array;
  password?: string;
  revocationCode?: string;
  /** The user ticked "keep it anyway" for a certificate not shown to be issued by the IGC-Santé. */
  acceptLookAlike?: boolean;
};

const mismatch = (message: string, fields: FieldError[] = []): Result<never, OrderError> =>
  err({ code: 'certificate-mismatch', message, ...(fields.length > 0 ? { fields } : {}) });

/**
 * What must stop a certificate from being kept. 'invalid' chains and a TEST/production mix
 * are refused, and so is a certificate its CA says is revoked (an 'unknown' revocation status is
 * not: offline is normal). 'unknown-anchor' is not refused here: see `lookAlikeRefusal`.
 */
export const refusal = (c: AnalyzedCertificate): Result<never, OrderError> | null => {
  const chain = c.report.chain;
  if (chain.status === 'invalid')
    return mismatch(`The certificate's chain is invalid (${chain.reason ?? 'unknown reason'}).`, [
      { field: 'chain', code: chain.reason ?? 'invalid', message: 'invalid chain' },
    ]);
  if (c.report.revocation.status === 'revoked')
    return err({
      code: 'certificate-revoked',
      message: `The certificate was revoked on ${c.report.revocation.revokedAt ?? 'an unknown date'} (${c.report.revocation.reason ?? 'no reason given'}): it cannot be kept.`,
      fields: [{ field: 'revocation', code: c.report.revocation.reason ?? 'revoked', message: 'revoked' }],
    });
  if (c.report.mismatches.includes('environment'))
    return mismatch(
      `The certificate is for ${c.report.environment ?? 'another'} environment, not the order's.`,
      [{ field: 'environment', code: 'environment', message: 'environment mismatch' }],
    );
  return null;
};

/**
 * A certificate not shown to be issued by the IGC-Santé (a look-alike with copied names, or
 * a chain Vigie could not check: the IGC-Santé chain may just not be installed yet) is kept
 * only on the user's explicit `acceptLookAlike`: the public key proves the certificate is for
 * our key, not who issued it. A sandbox certificate needs no such consent: its issuer is known
 * (signed by the local rehearsal CA, whose key only this data folder holds) and said on screen.
 */
export const lookAlikeRefusal = (
  c: AnalyzedCertificate,
  acceptLookAlike: boolean,
): Result<never, OrderError> | null => {
  if (c.report.genuine || c.report.sandbox || acceptLookAlike) return null;
  return err({
    code: 'look-alike-unconfirmed',
    message:
      'This certificate is not shown to be issued by the IGC-Santé (no valid chain to a pinned anchor of its environment); confirm explicitly to keep it anyway.',
  });
};

export const notesFor = (c: AnalyzedCertificate): string => {
  const parts = [`Certificate retrieved (SHA-256 ${c.report.sha256.slice(0, 16)}…)`];
  if (c.report.chain.status === 'unknown-anchor') parts.push('chain not verified to a pinned anchor');
  if (c.report.sandbox)
    parts.push("issued by Vigie's rehearsal sandbox (a test certificate, no value elsewhere)");
  else if (!c.report.genuine)
    parts.push("not shown to be issued by the IGC-Santé, kept on the user's explicit confirmation");
  if (c.report.mismatches.length > 0) parts.push(`differs from the order: ${c.report.mismatches.join(', ')}`);
  return parts.join('; ');
};

export const issuedCertificate = (c: AnalyzedCertificate, at: Date): IssuedCertificate => ({
  pem: c.view.pem,
  sha256: c.report.sha256,
  notAfter: c.view.notAfter,
  retrievedAt: at.toISOString(),
});

/** Secrets go to the keychain after the order is saved; a retry of confirm stores them again. */
export const storeSecrets = async (
  secrets: SecretStore,
  orderId: string,
  values: { revocationCode?: string | undefined; pkcs12Password?: string | undefined },
): Promise<Result<void, OrderError>> => {
  const pairs = [
    ['revocation-code', values.revocationCode],
    ['pkcs12-password', values.pkcs12Password],
  ] as const;
  for (const [kind, secret] of pairs) {
    if (secret === undefined || secret.length === 0) continue;
    const set = await secrets.set(orderSecretAccount(kind, orderId), secret);
    if (!set.ok)
      return err({
        code: 'keyring-unavailable',
        message: `The certificate is kept, but the ${kind.replace('-', ' ')} could not be stored in the OS keychain (${set.error.message}); confirm again to retry.`,
      });
  }
  return ok(undefined);
};

/**
 * A platform-generated PKCS#12 with no order of ours: its key goes into the vault (it never
 * touches the disk in clear) and a new order record starts 'issued'.
 */
export const adoptPlatformKey = async (
  deps: ConfirmDeps,
  c: AnalyzedCertificate,
  bytes: Uint8Array,
  password: string,
): Promise<Result<Order, OrderError>> => {
  const info = c.info;
  if (info === null || info.product === null)
    return mismatch(
      'This certificate is not a recognised IGC-Santé product: Vigie cannot file it as an order.',
    );
  const pkcs8 = await pkcs8FromPkcs12(bytes, password, c.report.spkiSha256);
  if (pkcs8 === null)
    return mismatch('The private key of this certificate could not be opened with the password.');
  let key: Result<StoredKey, VaultError>;
  try {
    key = await deps.keys.importKey(pkcs8, `${info.product} (platform key)`);
  } finally {
    pkcs8.fill(0);
  }
  if (!key.ok) {
    const code =
      key.error.code === 'locked' || key.error.code === 'wrong-passphrase'
        ? 'vault-locked'
        : key.error.code === 'not-set-up'
          ? 'vault-not-set-up'
          : 'io-error';
    return err({ code, message: key.error.message });
  }
  const bits = key.value.bits;
  const saved = await deps.orders.addIssued(
    {
      product: info.product,
      environment: info.environment,
      holder: holderFromCertificate(c.view, info),
      projects: [],
      key: { algorithm: 'RSA', bits: bits === 3072 || bits === 4096 ? bits : 2048 },
      keyRef: { store: deps.keys.storeId, keyId: key.value.keyId },
      spkiSha256: key.value.spkiSha256,
      certificate: issuedCertificate(c, deps.now()),
    },
    `${notesFor(c)}; key generated by the IGC-Santé platform, imported from its PKCS#12 into the vault`,
  );
  // No order, no key: a key nobody can find would only be a liability.
  if (!saved.ok) await deps.keys.remove(key.value.keyId);
  return saved;
};
