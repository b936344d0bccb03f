import type { Pkcs12Summary } from '../../../shared/model/inspection.js';
import { encoded, type Tlv } from '../../../shared/asn1/tlv.js';
import { ownBytes } from '../asn1/elements.js';
import type { DerKind } from './classify.js';
import { passwordCandidates } from '../crypto/password.js';
import type { WorkBudget } from '../crypto/work-budget.js';
import { openEncryptedPkcs8, parseEncryptedPkcs8 } from '../keys/encrypted-pkcs8.js';
import { lockedKeyView } from '../keys/key-view.js';
import { viewPlainKey } from '../keys/plain-key.js';
import { publicKeyWarning } from '../keys/public-key.js';
import { readPkcs7 } from '../pkcs7/signed-data.js';
import { throwReadFailure } from './read-error.js';
import type { ReadObject, Warning } from './types.js';
import { checkCertificate, checkCrl, checkCsr } from '../x509/signed-objects.js';

/** What one readFile call accumulates, whatever the container. */
export type ReadContext = {
  readonly password: string | undefined;
  readonly budget: WorkBudget;
  readonly objects: ReadObject[];
  readonly warnings: Warning[];
  pkcs12: Pkcs12Summary | null;
  /** Keys (private or public), PKCS#12 stores and certification requests met so far: see countKey. */
  keys: number;
};

export const createContext = (password: string | undefined, budget: WorkBudget): ReadContext => ({
  password,
  budget,
  objects: [],
  warnings: [],
  pkcs12: null,
  keys: 0,
});

/**
 * Keys, PKCS#12 stores and certification requests read from one file (the keys inside a
 * PKCS#12 are bounded by its own limits): each loads a key, to describe it or check a
 * signature, and costs up to half a millisecond (an ECDSA check). A real file holds one; a
 * 10 MB PEM file of 40,000 small keys took seconds to read, one of 19,000 requests twelve to
 * inspect (found by fuzzing, test/fuzz).
 */
export const MAX_KEYS_PER_FILE = 256;

/** Counts a key, store or request before it is read; past the limit it is refused (in a PEM file: that block is skipped). */
export const countKey = (ctx: ReadContext): void => {
  if (++ctx.keys > MAX_KEYS_PER_FILE)
    throwReadFailure(
      'malformed',
      `This file holds more than ${MAX_KEYS_PER_FILE} keys, key stores or certification requests; the others were not read.`,
      { limit: MAX_KEYS_PER_FILE },
    );
};

export const PASSWORD_REQUIRED_KEY: Warning = {
  code: 'password-required',
  message: 'The private key is encrypted: enter its password to read it.',
};

const certificateObject = (node: Tlv): ReadObject => {
  return {
    type: 'certificate',
    // The parsed certificate's own bytes: later steps find its parse in the cache by identity.
    der: checkCertificate(node),
    verified: true,
    friendlyName: null,
    localKeyId: null,
  };
};

const readEncryptedKey = async (node: Tlv, ctx: ReadContext): Promise<void> => {
  countKey(ctx);
  // Parsing first: an unsupported scheme or an excessive iteration count is reported
  // before the UI asks for a password it could not use.
  const key = parseEncryptedPkcs8(node, 'The encrypted private key');
  if (ctx.password === undefined) {
    ctx.objects.push({ type: 'private-key', key: lockedKeyView(), friendlyName: null, localKeyId: null });
    ctx.warnings.push(PASSWORD_REQUIRED_KEY);
    return;
  }
  const opened = await openEncryptedPkcs8(key, passwordCandidates(ctx.password), ctx.budget);
  if (opened === null)
    throwReadFailure(
      'wrong-password',
      'The password is wrong: the private key could not be decrypted with it.',
    );
  else ctx.objects.push({ type: 'private-key', key: opened.view, friendlyName: null, localKeyId: null });
};

export const handleObject = async (node: Tlv, kind: DerKind, ctx: ReadContext): Promise<void> => {
  switch (kind) {
    case 'certificate':
      ctx.objects.push(certificateObject(node));
      return;
    case 'csr':
      countKey(ctx);
      await checkCsr(node);
      ctx.objects.push({ type: 'csr', der: ownBytes(encoded(node)) });
      return;
    case 'crl':
      checkCrl(node);
      ctx.objects.push({ type: 'crl', der: ownBytes(encoded(node)) });
      return;
    case 'pkcs7': {
      const content = readPkcs7(node);
      ctx.objects.push(...content.certificates.map(certificateObject));
      for (const crl of content.crls) {
        checkCrl(crl);
        ctx.objects.push({ type: 'crl', der: ownBytes(encoded(crl)) });
      }
      ctx.warnings.push(...content.warnings);
      return;
    }
    case 'pkcs12': {
      countKey(ctx);
      if (ctx.pkcs12 !== null) {
        // Said once, however many more stores the file holds.
        if (!ctx.warnings.some((w) => w.code === 'pkcs12-extra'))
          ctx.warnings.push({
            code: 'pkcs12-extra',
            message: 'Only the first PKCS#12 store of this file is shown.',
          });
        return;
      }
      // Loaded with the first PKCS#12 (its schema modules cost ~20 ms to evaluate).
      const { readPkcs12 } = await import('../pkcs12/read-pkcs12.js');
      const result = await readPkcs12(node, ctx.password, ctx.budget);
      ctx.objects.push(...result.objects);
      ctx.warnings.push(...result.warnings);
      ctx.pkcs12 = result.summary;
      return;
    }
    case 'pkcs8':
    case 'rsa-private':
    case 'ec-private':
    case 'dsa-private':
      countKey(ctx);
      ctx.objects.push({
        type: 'private-key',
        key: viewPlainKey(node, kind),
        friendlyName: null,
        localKeyId: null,
      });
      return;
    case 'pkcs8-encrypted':
      return readEncryptedKey(node, ctx);
    case 'spki':
    case 'rsa-public':
      countKey(ctx);
      ctx.warnings.push(publicKeyWarning(node, kind));
      return;
  }
};
