/**
 * Fuzzing path validation (pki/validation `validatePath`): PKITS cases with their target, one
 * CA certificate, one CRL or the anchor mutated, under the two profiles, each revocation
 * mode and random depth limits; and host / IP matching (`hostMismatch`) of x509-limbo's
 * peer certificates against hostile host names and IP texts. A ValidationResult always
 * comes back, with a status and a reason for anything but valid.
 */
import 'reflect-metadata';
import fc from 'fast-check';
import { endOperation } from '../../../src/main/pki/certificate/index.js';
import {
  forgetOwnCandidates,
  hostMismatch,
  validatePath,
  type ValidationInput,
  type ValidationResult,
} from '../../../src/main/pki/validation/index.js';
import { VECTORS } from '../../helpers/vectors.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fuzz } from '../../fuzz/harness.js';
import { derMutation, mutateDer } from '../../fuzz/mutate-der.js';
import { pkitsCases, SEEDS } from '../../fuzz/seeds.js';
import { hostLike } from '../../fuzz/strings.js';

const cases = pkitsCases();
const AT = new Date('2020-01-01T00:00:00Z');

const afterCase = () => {
  forgetOwnCandidates();
  endOperation();
};

const checkResult = (r: ValidationResult): string | null => {
  if (!['valid', 'invalid', 'unknown'].includes(r.status)) return `status ${String(r.status)}`;
  if ((r.status === 'valid') !== (r.reason === null))
    return `status ${r.status} with reason ${String(r.reason)}`;
  if (!Array.isArray(r.path) || !Array.isArray(r.revocation)) return 'no path or revocation list';
  return null;
};

/** x509-limbo's peer certificates (DER), each with the name it is for. */
const peers = (
  JSON.parse(readFileSync(join(VECTORS, 'x509-limbo', 'limbo-shared.json'), 'utf8')) as {
    testcases: { peer_certificate: string; expected_peer_name: { value: string } | null }[];
  }
).testcases.map((t) => ({
  der: new Uint8Array(Buffer.from(t.peer_certificate.replace(/-----[^-]+-----|\s/g, ''), 'base64')),
  name: t.expected_peer_name?.value ?? 'example.com',
}));

describe('fuzz: path validation', () => {
  fuzz('validation.pkits-paths', {
    // The mutation is made while the input is generated: only validatePath is timed.
    arbitrary: fc
      .record({
        index: fc.nat(),
        part: fc.constantFrom('target', 'intermediate', 'crl', 'anchor', 'none'),
        which: fc.nat(),
        mutation: derMutation,
        revocation: fc.constantFrom('require' as const, 'prefer' as const, 'off' as const),
        profile: fc.constantFrom('rfc5280' as const, 'webpki' as const),
        maxDepth: fc.option(fc.nat(4)),
      })
      .map(({ index, part, which, mutation, revocation, profile, maxDepth }) => {
        const c = cases[index % cases.length]!;
        const mutate = (der: Uint8Array) => mutateDer(der, mutation, SEEDS);
        let note = 'unchanged';
        const pick = (d: Uint8Array, here: boolean) => {
          if (!here) return d;
          const m = mutate(d);
          note = m.note;
          return m.bytes;
        };
        const input: ValidationInput = {
          target: pick(c.target, part === 'target'),
          untrusted: c.intermediates.map((d, i) =>
            pick(d, part === 'intermediate' && i === which % c.intermediates.length),
          ),
          anchors: [pick(c.anchor, part === 'anchor')],
          crls: c.crls.map((d, i) => pick(d, part === 'crl' && i === which % c.crls.length)),
          at: AT,
          revocation,
          profile,
          ...(maxDepth === null ? {} : { maxDepth }),
        };
        const size = Math.max(
          input.target.length,
          ...input.untrusted.map((d) => d.length),
          ...input.crls.map((d) => d.length),
          input.anchors[0]!.length,
        );
        return { input, size, label: `${c.name} ${part} ${note}` };
      }),
    call: ({ input }) => validatePath(input),
    check: checkResult,
    size: ({ size }) => size,
    describe: ({ label, size }) => `${label} [largest input ${size} bytes]`,
    after: afterCase,
  });

  fuzz('validation.peer-names', {
    arbitrary: fc
      .record({
        index: fc.nat(),
        host: fc.oneof(hostLike(), fc.constant(null)),
        mutation: fc.option(derMutation, { freq: 4 }),
      })
      .map(({ index, host, mutation }) => {
        const p = peers[index % peers.length]!;
        const m = mutation ? mutateDer(p.der, mutation, SEEDS) : { bytes: p.der, note: 'unchanged' };
        return {
          bytes: m.bytes,
          host: host ?? p.name,
          label: `limbo peer #${index % peers.length} ${m.note}`,
        };
      }),
    call: ({ bytes, host }) => hostMismatch(bytes, host),
    check: (r) => (r === null || typeof r === 'string' ? null : `answer ${String(r)}`),
    describe: ({ label, host, bytes }) => `${label} host=${JSON.stringify(host)} [${bytes.length} bytes]`,
    after: afterCase,
  });
});
