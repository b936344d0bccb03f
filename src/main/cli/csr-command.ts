import { resolve } from 'node:path';
import { fieldErrorMessage } from '../../shared/csr/messages.js';
import { buildSubjectSpec } from '../../shared/csr/build-subject.js';
import type { SubjectSpec } from '../../shared/csr/subject-spec.js';
import type { FieldError } from '../../shared/model/order.js';
import type { Core } from '../app/compose.js';
import type { FileSystem } from '../ports/file-system.js';
import { buildCsr } from '../pki/csr/index.js';
import { createStandaloneKey } from '../pki/keys/index.js';
import { safeDisplay } from '../../shared/text/safe-display.js';
import { EXIT, readSecret, type CliIo } from './cli-io.js';
import { CSR_HELP, parseCsrArgs, type CsrOptions } from './csr-options.js';

export type CsrDeps = { fs: FileSystem; makeCore: () => Core };

const fieldLines = (errors: readonly FieldError[]) =>
  errors.map((e) => `  ${e.field}: ${fieldErrorMessage(e.code, 'en')}`);

type Outcome = {
  csrPath: string;
  keyPath: string | null;
  orderId: string | null;
  pem: string;
  spkiSha256: string;
};
type Attempt = Promise<{ problems: string[] } | { outcome: Outcome }>;

/** Key in a file the admin names (never leaves this machine), CSR next to it. */
const withKeyFile = async (
  o: CsrOptions,
  subject: SubjectSpec,
  passphrase: string | null,
  deps: CsrDeps,
  io: CliIo,
): Attempt => {
  io.stderr(`Generating an RSA-${o.keyBits} key…`);
  const key = await createStandaloneKey(o.keyBits);
  const csr = await buildCsr({ subject, product: o.product, spkiDer: key.spkiDer, sign: key.sign });
  if (!csr.ok) return { problems: [`  ${csr.error.message}`] };
  const keyPath = resolve(o.keyOut ?? '');
  const keyText = passphrase === null ? key.plainPem() : await key.encryptedPem(passphrase);
  // The key first: a CSR whose key was not saved would be worse than no CSR.
  await deps.fs.writeFileAtomic(keyPath, new TextEncoder().encode(keyText), 0o600);
  const csrPath = resolve(o.out);
  await deps.fs.writeFileAtomic(csrPath, new TextEncoder().encode(csr.value.pem), 0o644);
  return { outcome: { csrPath, keyPath, orderId: null, pem: csr.value.pem, spkiSha256: key.spkiSha256 } };
};

/** Key in the Vigie vault, order recorded so the desktop app follows it. */
const withVault = async (o: CsrOptions, passphrase: string | null, deps: CsrDeps, io: CliIo): Attempt => {
  const core = deps.makeCore();
  await core.start();
  try {
    const { vault, orders } = core.services;
    let status = await vault.status();
    if (status.mode === 'not-set-up') {
      const setup = await vault.setup(
        passphrase === null ? { mode: 'keyring' } : { mode: 'passphrase', passphrase },
      );
      if (!setup.ok) return { problems: [`  vault: ${setup.error.message}`] };
      status = setup.value;
    }
    if (status.locked) {
      if (passphrase === null)
        return { problems: ['  the vault is locked: give its passphrase with --passphrase-stdin'] };
      const unlocked = await vault.unlock(passphrase);
      if (!unlocked.ok) return { problems: [`  vault: ${unlocked.error.message}`] };
    }
    const created = await orders.create({
      product: o.product,
      environment: o.environment,
      holder: o.holder,
      projects: o.projects,
      keyBits: o.keyBits,
    });
    if (!created.ok)
      return {
        problems: created.error.fields ? fieldLines(created.error.fields) : [`  ${created.error.message}`],
      };
    io.stderr(`Generating an RSA-${o.keyBits} key in the Vigie vault…`);
    const generated = await orders.generateKey(created.value.id);
    if (!generated.ok) return { problems: [`  ${generated.error.message}`] };
    const exported = await orders.exportCsr(created.value.id);
    if (!exported.ok) return { problems: [`  ${exported.error.message}`] };
    const csrPath = resolve(o.out);
    await deps.fs.writeFileAtomic(csrPath, new TextEncoder().encode(exported.value.pem), 0o644);
    return {
      outcome: {
        csrPath,
        keyPath: null,
        orderId: created.value.id,
        pem: exported.value.pem,
        spkiSha256: generated.value.spkiSha256 ?? '',
      },
    };
  } finally {
    await core.stop();
  }
};

export const runCsr = async (argv: string[], io: CliIo, deps: CsrDeps): Promise<number> => {
  const parsed = parseCsrArgs(argv);
  if (!parsed.ok) {
    io.stderr(
      `vigie csr: invalid input\n${parsed.error.map((p) => `  ${p}`).join('\n')}\n\nRun "vigie csr --help".`,
    );
    return EXIT.usage;
  }
  if (parsed.value.kind === 'help') {
    io.stdout(CSR_HELP);
    return EXIT.ok;
  }
  const o = parsed.value.options;
  for (const path of [o.out, ...(o.keyOut ? [o.keyOut] : [])]) {
    if (!o.force && (await deps.fs.exists(resolve(path)))) {
      io.stderr(`vigie csr: ${safeDisplay(path)} exists; use --force to replace it`);
      return EXIT.usage;
    }
  }
  // Check the holder before anything is created or unlocked.
  const subject = buildSubjectSpec(o.product, o.holder, {
    projects: o.projects,
    ...(o.holder.kind === 'person' && o.holder.employer ? { employer: o.holder.employer } : {}),
  });
  if (!subject.ok) {
    io.stderr(`vigie csr: invalid input\n${fieldLines(subject.error).join('\n')}`);
    return EXIT.usage;
  }
  let passphrase: string | null = null;
  if (o.passphraseStdin) {
    const secret = await readSecret(io);
    if (!secret.ok) {
      io.stderr(`vigie csr: ${secret.error.message}`);
      return EXIT.usage;
    }
    passphrase = secret.value;
  }
  if (passphrase !== null && passphrase.length < 10) {
    io.stderr('vigie csr: the passphrase must be at least 10 characters long');
    return EXIT.usage;
  }
  const result = o.keyOut
    ? await withKeyFile(o, subject.value, passphrase, deps, io)
    : await withVault(o, passphrase, deps, io);
  if ('problems' in result) {
    io.stderr(`vigie csr: invalid input\n${result.problems.join('\n')}`);
    return EXIT.usage;
  }
  const r: Outcome = result.outcome;
  if (o.json) {
    io.stdout(
      JSON.stringify(
        { csr: r.csrPath, key: r.keyPath, orderId: r.orderId, spkiSha256: r.spkiSha256 },
        null,
        2,
      ),
    );
  } else {
    io.stdout(`CSR written to ${safeDisplay(r.csrPath)}`);
    io.stdout(
      r.keyPath
        ? `Private key written to ${safeDisplay(r.keyPath)} (mode 0600)`
        : `Private key kept in the Vigie vault (order ${r.orderId})`,
    );
    io.stdout(`Public key SHA-256: ${r.spkiSha256}`);
    io.stdout(
      'Next: log in to the IGC-Santé platform with your CPS/CPE card or e-CPS, choose the offer and usage, and upload this CSR.',
    );
  }
  return EXIT.ok;
};
