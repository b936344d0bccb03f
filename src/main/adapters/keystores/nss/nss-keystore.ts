import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { err, ok, type Result } from '../../../../shared/result.js';
import type {
  InstalledState,
  KeystoreTarget,
  OsKeystore,
  OsKeystoreError,
  StoreEntry,
} from '../../../ports/os-keystore.js';
import { certFacts, pemCertificates } from '../cert-facts.js';
import type { CommandRunner } from '../run-command.js';
import { withTempFiles } from '../temp-files.js';
import { nssError, parseCertList, parseKeyList } from './nss-output.js';
import { nssKeyId } from './nss-key-id.js';
import { listNssTargets } from './nss-targets.js';

export type NssKeystoreOptions = {
  /** The user's home folder (injected so tests use a temp HOME). */
  home: string;
  runner: CommandRunner;
  timeoutMs?: number;
};

type Db = { target: KeystoreTarget; arg: string };
type Res<T> = Result<T, OsKeystoreError>;

/**
 * Trust for IGC-Santé roots: "C,C," = trusted CA for TLS (the ANS services present
 * IGC-Santé server certificates) and for S/MIME (MSSanté / signed mail in Thunderbird),
 * never for code signing. Intermediates get no trust at all (",,"): they are only there
 * so the browser can build and send the chain, the anchor stays the root.
 */
export const NSS_ROOT_TRUST = 'C,C,';
export const NSS_INTERMEDIATE_TRUST = ',,';

export const createNssKeystore = (options: NssKeystoreOptions): OsKeystore => {
  const timeoutMs = options.timeoutMs ?? 20_000;
  const run = (tool: 'certutil' | 'pk12util', args: string[]) => options.runner(tool, args, { timeoutMs });

  const resolve = async (targetId: string): Promise<Res<Db>> => {
    const target = (await listNssTargets(options.home)).find((t) => t.id === targetId);
    if (!target) return err({ code: 'not-found', message: `Unknown store ${targetId}.` });
    return ok({ target, arg: `sql:${target.location}` });
  };

  const listDb = async (db: Db): Promise<Res<StoreEntry[]>> => {
    if (!db.target.exists) return ok([]);
    const certs = await run('certutil', ['-L', '-d', db.arg]);
    if (certs.code !== 0) return err(nssError(certs, 'certutil'));
    const keys = await run('certutil', ['-K', '-d', db.arg]);
    // No keys (exit 255 + "no keys found") is a normal state of a fresh database.
    const keyLines = keys.code === 0 ? parseKeyList(keys.stdout) : [];
    const keysReadable = keys.code === 0 || /no keys found/.test(keys.stderr);
    if (!keysReadable && keys.failure) return err(nssError(keys, 'certutil'));
    const keyIds = new Set(keyLines.map((k) => k.keyId));
    const keyNicknames = new Set(keyLines.map((k) => k.nickname));

    const entries: StoreEntry[] = [];
    const seen = new Set<string>();
    for (const line of parseCertList(certs.stdout)) {
      if (seen.has(line.nickname)) continue;
      seen.add(line.nickname);
      // One nickname can name several certificates (same subject): -a prints them all.
      const pem = await run('certutil', ['-L', '-d', db.arg, '-n', line.nickname, '-a']);
      if (pem.code !== 0) return err(nssError(pem, 'certutil'));
      for (const der of pemCertificates(pem.stdout)) {
        const facts = certFacts(der);
        const hasPrivateKey = keysReadable
          ? facts.nssKeyId
            ? keyIds.has(facts.nssKeyId)
            : keyNicknames.has(line.nickname)
          : // A primary password hides the keys; "u" still says a key goes with the cert.
            line.trust.includes('u');
        entries.push({ label: line.nickname, sha256: facts.sha256, der, hasPrivateKey, trust: line.trust });
      }
    }
    return ok(entries);
  };

  const ensureDb = async (db: Db): Promise<Res<void>> => {
    if (db.target.inUse) {
      return err({ code: 'db-locked', message: `${db.target.label} is open: close Firefox first.` });
    }
    if (db.target.exists) return ok(undefined);
    // Only the shared Chromium database is ours to create; Firefox creates its own on start.
    if (db.target.location !== join(options.home, '.pki', 'nssdb')) {
      return err({
        code: 'not-found',
        message: `${db.target.label} has no database yet: start Firefox once.`,
      });
    }
    await mkdir(db.target.location, { recursive: true, mode: 0o700 });
    const created = await run('certutil', ['-N', '-d', db.arg, '--empty-password']);
    return created.code === 0 ? ok(undefined) : err(nssError(created, 'certutil'));
  };

  return {
    id: 'nss',
    listTargets: () => listNssTargets(options.home),

    async installPkcs12(targetId, p12, password, install) {
      const db = await resolve(targetId);
      if (!db.ok) return db;
      // NSS reads a password file line by line: a line break cannot be passed through it.
      if (/[\r\n]/.test(password))
        return err({ code: 'failed', message: 'Passwords with line breaks are not supported.' });
      const ready = await ensureDb(db.value);
      if (!ready.ok) return ready;
      const before = await listDb({ ...db.value, target: { ...db.value.target, exists: true } });
      if (!before.ok) return before;

      return withTempFiles(async (write) => {
        const p12Path = await write('import.p12', p12);
        // An empty password cannot go through a file (pk12util rejects empty files); it is no secret.
        const passwordArgs = password === '' ? ['-W', ''] : ['-w', await write('p12.pw', password)];
        const imported = await run('pk12util', ['-i', p12Path, '-d', db.value.arg, ...passwordArgs]);
        if (imported.code !== 0) return err(nssError(imported, 'pk12util'));

        // After the PKCS#12, so a wrong password leaves the database untouched.
        for (const [index, der] of install.caTrust.entries()) {
          const facts = certFacts(der);
          const trust = facts.isRoot ? NSS_ROOT_TRUST : NSS_INTERMEDIATE_TRUST;
          const caPath = await write(`ca-${index}.der`, der);
          // If the certificate is already there (it came in the PKCS#12), NSS keeps its
          // nickname and only sets the trust, which is what we want.
          const added = await run('certutil', [
            '-A',
            '-d',
            db.value.arg,
            '-n',
            facts.commonName,
            '-t',
            trust,
            '-i',
            caPath,
          ]);
          if (added.code !== 0) return err(nssError(added, 'certutil'));
        }
        const after = await listDb({ ...db.value, target: { ...db.value.target, exists: true } });
        if (!after.ok) return after;
        const old = new Set(before.value.map((e) => e.sha256));
        return ok({
          added: after.value.filter((e) => !old.has(e.sha256)).map((e) => e.sha256),
          // The NSS soft token always lets its owner export keys (pk12util -o).
          warnings: install.nonExportable ? ['non-exportable-unsupported' as const] : [],
        });
      });
    },

    async list(targetId) {
      const db = await resolve(targetId);
      return db.ok ? listDb(db.value) : db;
    },

    async remove(targetId, sha256) {
      const db = await resolve(targetId);
      if (!db.ok) return db;
      if (db.value.target.inUse) return ensureDb(db.value);
      const entries = await listDb(db.value);
      if (!entries.ok) return entries;
      const entry = entries.value.find((e) => e.sha256 === sha256.toLowerCase());
      if (!entry) return err({ code: 'not-found', message: 'This certificate is not in the store.' });
      // certutil deletes by nickname, and NSS gives every certificate of one subject the same
      // nickname: a renewal shares it with the certificate it replaces. A certificate with
      // its key is then removed through its key's id (-F -k), which only its own key has;
      // one without a key is refused rather than risk deleting a sibling.
      if (entries.value.filter((e) => e.label === entry.label).length > 1) {
        const keyId = entry.hasPrivateKey ? nssKeyId(entry.der) : null;
        if (!keyId)
          return err({ code: 'failed', message: `Several certificates are named "${entry.label}".` });
        const removed = await run('certutil', ['-F', '-d', db.value.arg, '-k', keyId]);
        return removed.code === 0 ? ok(undefined) : err(nssError(removed, 'certutil'));
      }
      // -F removes the private key together with its certificate; -D the certificate only.
      const removed = await run('certutil', [
        entry.hasPrivateKey ? '-F' : '-D',
        '-d',
        db.value.arg,
        '-n',
        entry.label,
      ]);
      return removed.code === 0 ? ok(undefined) : err(nssError(removed, 'certutil'));
    },

    async verifyInstalled(targetId, sha256): Promise<Res<InstalledState>> {
      const db = await resolve(targetId);
      if (!db.ok) return db;
      const entries = await listDb(db.value);
      if (!entries.ok) return entries;
      const entry = entries.value.find((e) => e.sha256 === sha256.toLowerCase());
      if (!entry) return ok({ present: false, hasPrivateKey: false });
      return ok({
        present: true,
        hasPrivateKey: entry.hasPrivateKey,
        ...(entry.trust ? { trust: entry.trust } : {}),
      });
    },
  };
};
