import type { FileSystem } from '../ports/file-system.js';
import { createHash } from 'node:crypto';
import { pickTarget, validatePath } from '../pki/validation/index.js';
import { safeDisplay, safeDisplayDeep } from '../../shared/text/safe-display.js';
import { EXIT, type CliIo } from './cli-io.js';
import { printResult, readChecks, revocationMode, validationOptions } from './verify-checks.js';
import {
  PINNED_TRUST,
  pinnedAnchors,
  readObjects,
  readOcspFile,
  type InputError,
  type StoreCa,
} from './verify-inputs.js';

// Not `import … from 'node:util'`: in an ES module that makes Node build the module's whole
// export list (loading worker_threads and more), a few ms of every start-up.
const { parseArgs } = process.getBuiltinModule('node:util');

export const VERIFY_HELP = `Usage: vigie verify LEAF [--untrusted FILE]... [--trust igc-sante|igc-sante-test|FILE]...
                   [--crl FILE]... [--ocsp FILE]... [--no-fetch] [--revocation require|prefer|off]
                   [--host NAME|IP|EMAIL] [--purpose server|client|email|sign|any]
                   [--max-depth N] [--profile rfc5280|webpki] [--at ISO-DATE] [--json]

Validate a certificate path (RFC 5280): build a path from the certificate in LEAF to a trust
anchor, then check signatures, validity dates, CA flags and path lengths, key usage, name
constraints, certificate policies, the structure of every certificate (the anchor's too),
and revocation. Files may be PEM, DER, PKCS#7/P7B or PKCS#12 (without password);
certificates found next to the leaf in its own file are candidate intermediates.

Options:
  --untrusted FILE  candidate intermediate certificates (repeatable)
  --trust igc-sante       the pinned production IGC-Santé CAs of the local trust store (default)
  --trust igc-sante-test  the pinned TEST IGC-Santé CAs (never mixed with production)
  --trust FILE      explicit trust anchors: every certificate in FILE (repeatable)
  --crl FILE        CRLs to check revocation with (repeatable)
  --ocsp FILE       an OCSP answer (DER, as openssl ocsp -respout writes it) that covers the
                    certificate it is about, like a CRL (repeatable)
  --no-fetch        do not download revocation evidence (by default the CRLs the
                    certificates name are fetched over HTTP, verified and cached, and their
                    OCSP responders asked)
  --revocation MODE require: every certificate of the path but the anchor must be covered by
                    a verified, current CRL, or the answer is "unknown" and says which one
                    was not (the default whenever CRLs are given or may be fetched);
                    prefer: a certificate no CRL covers is let through (the JSON says so);
                    off: revocation is not looked at (the default with --no-fetch and no --crl)
  --host NAME       the host name, IP address or email address the certificate must be for
                    (its subjectAltName, RFC 6125: a wildcard only as a whole leftmost label)
  --purpose P       what it must be good for: server or client (TLS), email, sign (documents),
                    any (default): its extended key usage and key usage, and its CAs'
  --max-depth N     at most N intermediate CAs between the leaf and the anchor
  --profile P       rfc5280 (default) or webpki (adds the CA/Browser Forum's rules for TLS
                    server certificates: key sizes, an explicit serverAuth, the common name
                    among the alternative names)
  --at ISO-DATE     validate at this time instead of now (e.g. 2026-01-01T00:00:00Z)
  --json            print {"status","reason","chain","checked","revocation","revocationChecked"}
  -h, --help        show this help

Exit status: 0 valid, 1 invalid or unknown, 2 unusable input or usage error.`;

export type VerifyDeps = {
  fs: FileSystem;
  /** The local IGC-Santé trust store (pinned CA certificates found on this machine). */
  trustStore: () => Promise<readonly StoreCa[]>;
  now?: () => Date;
  /**
   * Download the CRLs that cover `cert` (its distribution points, checked against its
   * issuer). Absent, or with --no-fetch, only the CRLs given with --crl are used.
   */
  fetchCrls?: (
    cert: Uint8Array,
    issuer: Uint8Array,
  ) => Promise<{ crls: Uint8Array[]; ocsp?: Uint8Array[]; notes: string[] }>;
};

const OPTIONS = {
  untrusted: { type: 'string', multiple: true },
  revocation: { type: 'string' },
  host: { type: 'string' },
  purpose: { type: 'string' },
  'max-depth': { type: 'string' },
  profile: { type: 'string' },
  trust: { type: 'string', multiple: true },
  crl: { type: 'string', multiple: true },
  ocsp: { type: 'string', multiple: true },
  'no-fetch': { type: 'boolean' },
  at: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

const sha256Hex = (der: Uint8Array) => createHash('sha256').update(der).digest('hex').toUpperCase();

export const runVerify = async (argv: string[], io: CliIo, deps: VerifyDeps): Promise<number> => {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    io.stderr(`vigie verify: ${(error as Error).message}\n\n${VERIFY_HELP}`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(VERIFY_HELP);
    return EXIT.ok;
  }
  const json = values.json === true;
  const fail = (error: InputError): number => {
    if (json) io.stdout(JSON.stringify({ error: safeDisplayDeep(error) }));
    else io.stderr(safeDisplay(`vigie verify: ${error.file ? `${error.file}: ` : ''}${error.message}`));
    return EXIT.usage;
  };
  const [leafFile, ...extra] = positionals;
  if (leafFile === undefined || extra.length > 0)
    return fail({ code: 'usage', message: 'Give exactly one LEAF file (see vigie verify --help)' });
  const checks = readChecks(values);
  if (!checks.ok) return fail({ code: 'usage', message: checks.message });
  const at = values.at === undefined ? (deps.now?.() ?? new Date()) : new Date(values.at);
  if (values.at !== undefined && (!ISO_DATE.test(values.at) || Number.isNaN(at.getTime())))
    return fail({ code: 'usage', message: `--at: not an ISO date: ${values.at}` });

  const leafRead = await readObjects(deps.fs, leafFile);
  if (!leafRead.ok) return fail(leafRead.error);
  const target = pickTarget(leafRead.value.certificates);
  if (!target)
    return fail({ code: 'no-certificate', message: 'No certificate in this file', file: leafFile });
  const untrusted = leafRead.value.certificates.filter((c) => c !== target);
  const crls = [...leafRead.value.crls];
  for (const file of values.untrusted ?? []) {
    const r = await readObjects(deps.fs, file);
    if (!r.ok) return fail(r.error);
    untrusted.push(...r.value.certificates);
  }
  for (const file of values.crl ?? []) {
    const r = await readObjects(deps.fs, file);
    if (!r.ok) return fail(r.error);
    if (r.value.crls.length === 0) return fail({ code: 'no-crl', message: 'No CRL in this file', file });
    crls.push(...r.value.crls);
  }
  const ocsp: Uint8Array[] = [];
  for (const file of values.ocsp ?? []) {
    const r = await readOcspFile(deps.fs, file);
    if (!r.ok) return fail(r.error);
    ocsp.push(r.value);
  }

  const trust = values.trust ?? ['igc-sante'];
  const environments = new Set(
    trust.flatMap((t) => (t in PINNED_TRUST ? [PINNED_TRUST[t as keyof typeof PINNED_TRUST]] : [])),
  );
  if (environments.size > 1)
    return fail({ code: 'usage', message: '--trust igc-sante and igc-sante-test cannot be mixed' });
  const anchors: Uint8Array[] = [];
  for (const environment of environments)
    anchors.push(...pinnedAnchors(environment, await deps.trustStore(), [target, ...untrusted]));
  for (const file of trust.filter((t) => !(t in PINNED_TRUST))) {
    const r = await readObjects(deps.fs, file);
    if (!r.ok) return fail(r.error);
    if (r.value.certificates.length === 0)
      return fail({ code: 'no-certificate', message: 'No certificate in this file', file });
    anchors.push(...r.value.certificates);
  }
  const fetch = !values['no-fetch'] && deps.fetchCrls !== undefined;
  const revocation = revocationMode(checks.value, { crls: crls.length + ocsp.length, fetch });
  if (fetch && deps.fetchCrls && revocation !== 'off') {
    // Find the path first, then fetch the CRLs of each of its certificates: only those
    // matter, and a certificate's CRL is verified against that path's issuer.
    const firstPass = await validatePath({ target, untrusted, anchors, crls, at, revocation: 'off' });
    const byHash = new Map([target, ...untrusted, ...anchors].map((der) => [sha256Hex(der), der] as const));
    const ders = firstPass.path.flatMap((link) => {
      const der = byHash.get(link.sha256);
      return der ? [der] : [];
    });
    for (let i = 0; i + 1 < ders.length; i++) {
      const fetched = await deps.fetchCrls(ders[i]!, ders[i + 1]!);
      crls.push(...fetched.crls);
      ocsp.push(...(fetched.ocsp ?? []));
      for (const note of fetched.notes) if (!json) io.stderr(safeDisplay(`note: ${note}`));
    }
  }
  const result = await validatePath({
    target,
    untrusted,
    anchors,
    crls,
    ocsp,
    at,
    revocation,
    ...validationOptions(checks.value),
  });
  return printResult(io, json, result, { checks: checks.value, revocation, at });
};
