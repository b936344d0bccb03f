/**
 * Fuzzing the one certificate parser (pki/certificate `readCertificate`) and what every
 * other topic derives from a parsed certificate: each shared extension decoder
 * (`certificateExtension`), validation's facts, describe's extension facts and name texts,
 * revocation's subject and issuer info. A DerError is the expected failure (the parser's
 * typed error); anything else thrown is a bug.
 */
import 'reflect-metadata';
import { nameTextsOf } from '../../../src/main/pki/describe/describe-certificate.js';
import { extensionFactsOf } from '../../../src/main/pki/describe/extension-list.js';
import {
  certificateExtension,
  endOperation,
  isSharedExtension,
  readCertificate,
} from '../../../src/main/pki/certificate/index.js';
import { readIssuer, readSubject } from '../../../src/main/pki/revocation/index.js';
import { certFacts } from '../../../src/main/pki/validation/cert-facts.js';
import { forgetOwnCandidates } from '../../../src/main/pki/validation/index.js';
import { childrenOf, DerError } from '../../../src/shared/asn1/tlv.js';
import { readOctetString, readOid } from '../../../src/shared/asn1/values.js';
import { fuzz } from '../../fuzz/harness.js';
import { derMutant, describeSample, type Sample } from '../../fuzz/mutate-der.js';
import { seedsOf } from '../../fuzz/seeds.js';

/** Runs `f`; a DerError is an accepted answer (returned as its message), anything else propagates. */
const typed = <T>(f: () => T): T | string => {
  try {
    return f();
  } catch (e) {
    if (e instanceof DerError) return `DerError: ${e.message}`;
    throw e;
  }
};

const everything = (der: Uint8Array): string => {
  const parsed = readCertificate(der);
  if (!parsed.ok) return parsed.error instanceof DerError ? 'refused' : 'not a DerError';
  const cert = parsed.value;
  typed(() => {
    const exts = cert.extensions ? childrenOf(cert.extensions) : [];
    exts.forEach((ext, i) => {
      const parts = childrenOf(ext);
      const [first, last] = [parts[0], parts[parts.length - 1]];
      if (!first || !last) return;
      const oid = readOid(first, 'extnID');
      const value = readOctetString(last, 'extnValue');
      if (isSharedExtension(oid)) certificateExtension(cert, i, oid, value);
    });
  });
  typed(() => certFacts(der));
  typed(() => extensionFactsOf(cert));
  typed(() => nameTextsOf(cert));
  typed(() => readSubject(der));
  typed(() => readIssuer(der));
  return 'read';
};

describe('fuzz: certificate parser', () => {
  fuzz('certificate.parse-and-extensions', {
    arbitrary: derMutant(seedsOf('certificate')),
    call: (s: Sample) => everything(s.bytes),
    check: (r) =>
      r === 'not a DerError' ? 'readCertificate failed with something else than a DerError' : null,
    describe: describeSample,
    after: () => {
      forgetOwnCandidates();
      endOperation();
    },
  });
});
