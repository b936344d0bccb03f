import { randomBytes } from 'node:crypto';
import type {
  InstallError,
  InstallOutcome,
  InstallTarget,
  InstallTargetResult,
  KeyLocations,
} from '../../../shared/model/install.js';
import type { Order } from '../../../shared/model/order.js';
import { err, ok, type Result } from '../../../shared/result.js';
import type { KeystoreTarget } from '../../ports/os-keystore.js';
import { chainFor } from '../custody/custody-chain.js';
import { writePkcs12 } from '../export/index.js';
import { casForEnvironment, readBackTrust, type CaToTrust } from './ca-trust.js';
import { destroyVaultKey, type BackupRequest } from './destroy-vault-key.js';
import { isGenuineForInstall } from './genuine-check.js';
import { fail, fromVault, issuedWithKey, type InstallDeps } from './install-deps.js';
import { findKeyLocations } from './key-locations.js';

const toView = (t: KeystoreTarget): InstallTarget => ({ ...t });

const friendlyName = (order: Order): string => {
  const who = order.holder.kind === 'structure' ? order.holder.commonName : order.holder.surname;
  return `${order.product} ${who}${order.environment === 'test' ? ' (TEST)' : ''}`.slice(0, 200);
};

/**
 * Installs an issued certificate with its vault key into the OS / browser stores and
 * reads every store back. The PKCS#12 only exists in memory, under a random one-time
 * password that never leaves main; the key bytes are lent by the vault and wiped.
 */
export const createInstallService = (deps: InstallDeps) => {
  const installOne = async (
    target: KeystoreTarget | undefined,
    targetId: string,
    p12: Uint8Array,
    password: string,
    certSha256: string,
    cas: readonly CaToTrust[],
  ): Promise<InstallTargetResult> => {
    const base = { targetId, label: target?.label ?? targetId, certificatePresent: false, keyPresent: false };
    const failed = (code: NonNullable<InstallTargetResult['error']>['code'], message: string) => ({
      ...base,
      ok: false,
      trust: 'missing' as const,
      warnings: [],
      error: { code, message },
    });
    if (!target) return failed('not-found', 'This store is no longer there.');
    const installed = await deps.keystore.installPkcs12(target.id, p12, password, {
      caTrust: cas.map((c) => c.der),
      // Limit access to the key wherever the store can (Windows, macOS); NSS warns it cannot.
      nonExportable: true,
    });
    if (!installed.ok) return failed(installed.error.code, installed.error.message);
    const state = await deps.keystore.verifyInstalled(target.id, certSha256);
    if (!state.ok) return failed(state.error.code, state.error.message);
    const trust = await readBackTrust(deps.keystore, target, cas);
    const verified = state.value.present && state.value.hasPrivateKey && trust !== 'missing';
    return {
      ...base,
      ok: verified,
      certificatePresent: state.value.present,
      keyPresent: state.value.hasPrivateKey,
      trust,
      warnings: installed.value.warnings,
    };
  };

  return {
    async targets(): Promise<InstallTarget[]> {
      return (await deps.keystore.listTargets()).map(toView);
    },

    async install(args: {
      orderId: string;
      targetIds: string[];
      /** The user accepts a certificate not shown to be issued by the IGC-Santé. */
      acceptLookAlike?: boolean;
    }): Promise<Result<InstallOutcome, InstallError>> {
      const found = await issuedWithKey(deps, args.orderId);
      if (!found.ok) return found;
      const { order, der, certSha256, keyId } = found.value;
      const wanted = [...new Set(args.targetIds)];
      if (wanted.length === 0) return fail('no-target', 'Choose at least one store.');
      if (args.acceptLookAlike !== true && !(await isGenuineForInstall(deps, der)))
        return fail(
          'look-alike-unconfirmed',
          'This certificate is not shown to be issued by the IGC-Santé (no valid chain to a pinned anchor of its environment); confirm explicitly to install it anyway.',
        );
      const targets = await deps.keystore.listTargets();
      const cas = await casForEnvironment(deps.trust, order.environment);
      const chain = await chainFor(der, deps.trust, deps.clock.now(), false, deps.findAnchor);
      // 24 random bytes: the file lives for this call only, but it holds the key.
      const password = randomBytes(24).toString('base64url');
      const built = await deps.keys.withPrivateKey(keyId, (key) =>
        writePkcs12({
          key,
          certificate: der,
          chain,
          friendlyName: friendlyName(order),
          password,
          profile: 'modern',
        }),
      );
      if (!built.ok) return err(fromVault(built.error));
      if (!built.value.ok) return fail('export-failed', built.value.error.message);
      const p12 = built.value.value;
      const results: InstallTargetResult[] = [];
      try {
        for (const targetId of wanted) {
          const target = targets.find((t) => t.id === targetId);
          results.push(await installOne(target, targetId, p12, password, certSha256, cas));
        }
      } finally {
        p12.fill(0);
      }
      const verified = results.filter((r) => r.ok).map((r) => r.label);
      if (verified.length === 0) return ok({ order, results });
      const moved = await deps.orders.markInstalled(
        order.id,
        `Installed and read back in: ${verified.join(', ')}`,
      );
      if (!moved.ok) return fail('io-error', moved.error.message);
      return ok({ order: moved.value, results });
    },

    async keyLocations(args: { orderId: string }): Promise<Result<KeyLocations, InstallError>> {
      const found = await deps.orders.get(args.orderId);
      if (!found.ok)
        return fail(found.error.code === 'not-found' ? 'not-found' : 'io-error', found.error.message);
      return ok(await findKeyLocations(deps, found.value, await deps.keystore.listTargets()));
    },

    destroyVaultKey: (args: { orderId: string; backup: BackupRequest | null }) =>
      destroyVaultKey(deps, args.orderId, args.backup),
  };
};

export type InstallService = ReturnType<typeof createInstallService>;
