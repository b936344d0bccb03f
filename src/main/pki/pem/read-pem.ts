import type { ReadErrorCode } from '../../../shared/model/errors.js';
import type { FileFormat } from '../../../shared/model/inspection.js';
import { parseDer } from '../asn1/parse-der.js';
import { classifyDer, type DerKind } from '../reader/classify.js';
import { countKey, handleObject, PASSWORD_REQUIRED_KEY, type ReadContext } from '../reader/handle-object.js';
import { lockedKeyView } from '../keys/key-view.js';
import { decryptLegacyPem, isLegacyEncrypted, legacyEncryption } from '../keys/legacy-pem.js';
import { viewPlainKey, type PlainKeyForm } from '../keys/plain-key.js';
import { throwReadFailure, ReaderFailure } from '../reader/read-error.js';
import type { Warning } from '../reader/types.js';
import { scanPemLazily, type BrokenPemBlock, type PemBlock } from './pem-scanner.js';

/** Labels we read. The content decides what the object is; the label only admits the block. */
const KNOWN_LABELS: ReadonlySet<string> = new Set([
  'CERTIFICATE',
  'X509 CERTIFICATE',
  'X.509 CERTIFICATE',
  'TRUSTED CERTIFICATE',
  'CERTIFICATE REQUEST',
  'NEW CERTIFICATE REQUEST',
  'X509 CRL',
  'PKCS7',
  'PKCS #7 SIGNED DATA',
  'CMS',
  'PKCS12',
  'PRIVATE KEY',
  'ENCRYPTED PRIVATE KEY',
  'RSA PRIVATE KEY',
  'EC PRIVATE KEY',
  'DSA PRIVATE KEY',
  'PUBLIC KEY',
  'RSA PUBLIC KEY',
]);

const PRIVATE_FORMS: ReadonlySet<DerKind> = new Set(['pkcs8', 'rsa-private', 'ec-private', 'dsa-private']);

const LABEL_ALGORITHM: Record<string, string> = {
  'RSA PRIVATE KEY': 'RSA',
  'EC PRIVATE KEY': 'EC',
  'DSA PRIVATE KEY': 'DSA',
};

const readLegacyEncrypted = (block: PemBlock, ctx: ReadContext): void => {
  countKey(ctx);
  const enc = legacyEncryption(block);
  if (ctx.password === undefined) {
    ctx.objects.push({
      type: 'private-key',
      key: lockedKeyView(LABEL_ALGORITHM[block.label]),
      friendlyName: null,
      localKeyId: null,
    });
    ctx.warnings.push(PASSWORD_REQUIRED_KEY);
    return;
  }
  const wrong = (): never =>
    throwReadFailure(
      'wrong-password',
      'The password is wrong: the private key could not be decrypted with it.',
    );
  const der = decryptLegacyPem(block, enc, ctx.password) ?? wrong();
  let node;
  let kind: DerKind | null;
  try {
    node = parseDer(der, 'The decrypted private key').node;
    kind = classifyDer(node);
  } catch (e) {
    if (e instanceof ReaderFailure) return wrong();
    throw e;
  }
  if (kind === null || !PRIVATE_FORMS.has(kind)) return wrong();
  ctx.objects.push({
    type: 'private-key',
    key: viewPlainKey(node, kind as PlainKeyForm),
    friendlyName: null,
    localKeyId: null,
  });
};

/**
 * Damage confined to one block: that block is skipped with a warning. Password and policy
 * failures (wrong password, iteration limit, unsupported scheme) stay errors for the file.
 */
const RECOVERABLE: ReadonlySet<ReadErrorCode> = new Set(['truncated', 'malformed', 'unrecognized-format']);

const brokenWarning = (broken: BrokenPemBlock): Warning => {
  const name = broken.label === '' ? 'PEM block' : `PEM block "${broken.label}"`;
  return {
    code: 'pem-broken-block',
    message: `${name} #${broken.ordinal} (line ${broken.line}) is unreadable and was skipped: ${broken.error.message}`,
    detail: { label: broken.label, ordinal: broken.ordinal, line: broken.line, cause: broken.error.code },
  };
};

const readBlock = async (block: PemBlock, ctx: ReadContext): Promise<DerKind> => {
  if (block.label.endsWith('PRIVATE KEY') && isLegacyEncrypted(block)) {
    readLegacyEncrypted(block, ctx);
    return 'rsa-private'; // any private-key kind: only used to name the format
  }
  const { node, trailing } = parseDer(block.der, `The PEM block "${block.label}"`);
  const kind =
    classifyDer(node) ??
    throwReadFailure(
      'unrecognized-format',
      `The PEM block "${block.label}" does not hold an object we recognise.`,
    );
  // OpenSSL's TRUSTED CERTIFICATE appends trust settings after the certificate: expected.
  if (trailing.length > 0 && block.label !== 'TRUSTED CERTIFICATE') {
    ctx.warnings.push({
      code: 'trailing-data',
      message: `The PEM block "${block.label}" has extra bytes after its object; they were ignored.`,
    });
  }
  await handleObject(node, kind, ctx);
  return kind;
};

/**
 * Broken blocks named one by one in the warnings; past this, one more warning counts the
 * rest. A 10 MB file can hold 500,000 broken BEGIN lines: a warning each was a report of
 * hundreds of megabytes (and a stack overflow when pushed at once).
 */
const MAX_BROKEN_WARNINGS = 100;

/** The labels of ignored blocks, the first few only: each label is the file's own text. */
const labelList = (labels: ReadonlySet<string>): string => {
  const all = [...labels];
  return all.length > 20 ? `${all.slice(0, 20).join(', ')}, … (${all.length} labels)` : all.join(', ');
};

/** Reads every PEM block; returns the format the file should be reported as. */
export const readPem = async (bytes: Uint8Array, ctx: ReadContext): Promise<FileFormat> => {
  const kinds: DerKind[] = [];
  const ignored = new Set<string>();
  const broken: BrokenPemBlock[] = [];
  let brokenCount = 0;
  const skip = (block: BrokenPemBlock) => {
    if (brokenCount++ < MAX_BROKEN_WARNINGS) broken.push(block);
  };
  for (const entry of scanPemLazily(bytes)) {
    if (entry.kind === 'broken') {
      skip(entry);
      continue;
    }
    const { block } = entry;
    if (!KNOWN_LABELS.has(block.label)) {
      ignored.add(block.label);
      continue;
    }
    const objectsBefore = ctx.objects.length;
    const warningsBefore = ctx.warnings.length;
    try {
      kinds.push(await readBlock(block, ctx));
    } catch (e) {
      if (!(e instanceof ReaderFailure) || !RECOVERABLE.has(e.error.code)) throw e;
      // Drop whatever the block yielded before failing: a block counts whole or not at all.
      ctx.objects.length = objectsBefore;
      ctx.warnings.length = warningsBefore;
      skip({ label: block.label, ordinal: block.ordinal, line: block.line, error: e.error });
    }
  }
  const first = broken[0];
  if (kinds.length === 0 && first !== undefined) {
    // Nothing usable: the file fails with what is wrong with its first broken block.
    return throwReadFailure(first.error.code, first.error.message, first.error.detail);
  }
  if (kinds.length === 0) {
    const found = ignored.size > 0 ? ` (found: ${labelList(ignored)})` : '';
    return throwReadFailure(
      'unrecognized-format',
      `This PEM file holds no certificate, request, CRL or key that we can read${found}.`,
    );
  }
  for (const b of broken) ctx.warnings.push(brokenWarning(b));
  if (brokenCount > broken.length) {
    ctx.warnings.push({
      code: 'pem-broken-block',
      message: `${brokenCount - broken.length} more unreadable PEM block(s) were skipped.`,
      detail: { count: brokenCount - broken.length },
    });
  }
  if (ignored.size > 0) {
    ctx.warnings.push({
      code: 'pem-ignored-block',
      message: `Ignored PEM block(s): ${labelList(ignored)}.`,
    });
  }
  if (kinds.every((k) => k === 'pkcs7')) return 'pkcs7';
  if (kinds.every((k) => k === 'pkcs12')) return 'pkcs12';
  return 'pem';
};
