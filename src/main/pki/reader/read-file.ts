import { MAX_FILE_BYTES, MAX_PASSWORD_LENGTH } from '../../../shared/limits.js';
import type { ReadError } from '../../../shared/model/errors.js';
import type { FileFormat } from '../../../shared/model/inspection.js';
import { err, ok, type Result } from '../../../shared/result.js';
import { parseDer } from '../asn1/parse-der.js';
import { classifyDer } from './classify.js';
import { createBudget } from '../crypto/work-budget.js';
import { createContext, handleObject, type ReadContext } from './handle-object.js';
import { looksLikePem } from '../pem/pem-scanner.js';
import { readPem } from '../pem/read-pem.js';
import { throwReadFailure, readError, ReaderFailure } from './read-error.js';
import type { ReaderOutput, ReadOptions } from './types.js';

const SEQUENCE_TAG = 0x30;

const readDer = async (bytes: Uint8Array, ctx: ReadContext): Promise<FileFormat> => {
  // Every object we read is a SEQUENCE; anything else is not worth walking as ASN.1.
  if (bytes[0] !== SEQUENCE_TAG) {
    return throwReadFailure(
      'unrecognized-format',
      'This file is not a certificate, request, CRL, key, PKCS#7 or PKCS#12 file (neither PEM text nor DER).',
    );
  }
  const { node, trailing } = parseDer(bytes, 'The file');
  const kind =
    classifyDer(node) ??
    throwReadFailure('unrecognized-format', 'This DER file holds an ASN.1 structure we do not recognise.');
  await handleObject(node, kind, ctx);
  if (trailing.length > 0) {
    ctx.warnings.push({
      code: 'trailing-data',
      message: `The file has ${trailing.length} extra byte(s) after its content; they were ignored.`,
    });
  }
  return kind === 'pkcs7' ? 'pkcs7' : kind === 'pkcs12' ? 'pkcs12' : 'der';
};

const guard = (bytes: Uint8Array, options: ReadOptions): ReadError | null => {
  if (bytes.length === 0) return readError('empty-file', 'The file is empty.');
  if (bytes.length > MAX_FILE_BYTES) {
    return readError(
      'file-too-large',
      `The file is ${bytes.length} bytes; files larger than ${MAX_FILE_BYTES} bytes are refused.`,
      {
        size: bytes.length,
        limit: MAX_FILE_BYTES,
      },
    );
  }
  const password = options.password;
  if (password !== undefined && typeof password !== 'string')
    return readError('wrong-password', 'The password must be text.');
  if (password !== undefined && password.length > MAX_PASSWORD_LENGTH) {
    return readError(
      'wrong-password',
      `The password is longer than ${MAX_PASSWORD_LENGTH} characters; it cannot be the right one.`,
      {
        limit: MAX_PASSWORD_LENGTH,
      },
    );
  }
  return null;
};

/**
 * Reads any certificate-related file: PEM (any number of blocks), DER certificate / CSR /
 * CRL / key, PKCS#7 (DER, PEM or BER) and PKCS#12. The format comes from the content alone.
 * Never throws: every failure, expected or not, comes back as a typed ReadError.
 */
export const readFile = async (
  bytes: Uint8Array,
  options: ReadOptions = {},
): Promise<Result<ReaderOutput, ReadError>> => {
  try {
    const refused = guard(bytes, options ?? {});
    if (refused !== null) return err(refused);
    const ctx = createContext(options?.password, createBudget());
    const format = looksLikePem(bytes) ? await readPem(bytes, ctx) : await readDer(bytes, ctx);
    return ok({ format, objects: ctx.objects, pkcs12: ctx.pkcs12, warnings: ctx.warnings });
  } catch (e) {
    if (e instanceof ReaderFailure) return err(e.error);
    // Not an expected failure, but still untrusted input: report it as a damaged file
    // rather than let it escape (e.g. a stack overflow deep inside a third-party parser).
    return err(readError('malformed', 'The file could not be read: its structure is damaged or unexpected.'));
  }
};
