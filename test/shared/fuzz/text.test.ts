/**
 * Fuzzing the text checks and transforms (src/shared/csr, src/shared/text, text-cap): subject
 * texts and server names typed by a user (idempotent when accepted: what is accepted is
 * already in its final form), the CSR subject built from a hostile holder for every product,
 * and display escaping (safeDisplay is undone exactly by revealEscapes; capping never splits
 * a surrogate pair or exceeds its cap).
 */
import fc from 'fast-check';
import { buildSubjectSpec, checkFqdn, checkSubjectText } from '../../../src/shared/csr/index.js';
import { ProductCode, ProjectCode, StructureIdType } from '../../../src/shared/model/igc-sante.js';
import type { Holder } from '../../../src/shared/model/order.js';
import { capText, cappedDisplay, TRUNCATION_MARK } from '../../../src/shared/text-cap.js';
import { revealEscapes, safeDisplay, safeDisplayDeep } from '../../../src/shared/text/safe-display.js';
import { fuzz } from '../../fuzz/harness.js';
import { hostileJson, hostileString, hostLike, identifierLike } from '../../fuzz/strings.js';

const text = fc.oneof(hostileString(8), hostLike());

const holder: fc.Arbitrary<Holder> = fc.oneof(
  fc.record({
    kind: fc.constant('structure' as const),
    legalName: text,
    structureIdType: fc.constantFrom(...StructureIdType.options),
    structureId: fc.oneof(identifierLike(), hostileString(3)),
    departement: fc.oneof(fc.constantFrom('69', '2A', '971', '00', '', '999'), hostileString(2)),
    commonName: text,
    dnsNames: fc.array(hostLike(), { maxLength: 6 }),
  }),
  fc.record({
    kind: fc.constant('person' as const),
    personIdType: fc.constantFrom('RPPS' as const, 'ADELI' as const),
    personId: fc.oneof(identifierLike(), hostileString(3)),
    surname: text,
    givenName: text,
    professionCode: fc.oneof(fc.constantFrom('10', '21', '40', '', '9999'), hostileString(2)),
  }),
);

describe('fuzz: text checks', () => {
  fuzz('text.subject-and-fqdn', {
    arbitrary: fc.record({
      value: text,
      max: fc.constantFrom(64, 253, 1, 0),
      product: fc.constantFrom(...ProductCode.options),
      holder,
      projects: fc.array(fc.oneof(fc.constantFrom(...ProjectCode.options), hostileString(2)), {
        maxLength: 3,
      }),
    }),
    call: ({ value, max, product, holder: h, projects }) => {
      const problems: string[] = [];
      const subject = checkSubjectText(value, max);
      if (subject.ok) {
        const again = checkSubjectText(subject.value, max);
        if (!again.ok || again.value !== subject.value)
          problems.push(`subject text ${JSON.stringify(subject.value)} is not accepted as itself`);
      }
      const fqdn = checkFqdn(value);
      if (fqdn.ok) {
        const again = checkFqdn(fqdn.value);
        if (!again.ok || again.value !== fqdn.value)
          problems.push(`server name ${JSON.stringify(fqdn.value)} is not accepted as itself`);
        if (!/^[a-z0-9.-]+$/.test(fqdn.value) || fqdn.value.length > 253)
          problems.push(`server name ${JSON.stringify(fqdn.value)} accepted`);
      }
      const spec = buildSubjectSpec(product, h, { projects });
      if (!spec.ok && (!Array.isArray(spec.error) || spec.error.length === 0))
        problems.push('a refused subject without field errors');
      return problems;
    },
    check: (problems) => (problems.length === 0 ? null : problems.join('; ')),
  });

  fuzz('text.display-and-cap', {
    arbitrary: fc.record({
      value: hostileString(12),
      json: hostileJson(),
      max: fc.constantFrom(1, 2, 3, 64, 4096),
    }),
    call: ({ value, json, max }) => {
      const problems: string[] = [];
      const shown = safeDisplay(value);
      if (revealEscapes(shown) !== value)
        problems.push(`revealEscapes(safeDisplay(x)) !== x for ${JSON.stringify(value.slice(0, 80))}`);
      // Control characters are exactly what this looks for.
      // eslint-disable-next-line no-control-regex
      if (/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200b\ufeff]/.test(shown))
        problems.push(`unsafe character left in ${JSON.stringify(shown.slice(0, 80))}`);
      const capped = capText(value, max);
      if (capped.value.length > max) problems.push(`capText kept ${capped.value.length} > ${max}`);
      if ((capped.truncatedFrom === null) !== value.length <= max) problems.push('truncatedFrom wrong');
      if (!value.startsWith(capped.value)) problems.push('capText is not a prefix');
      const last = capped.value.charCodeAt(capped.value.length - 1);
      const next = value.charCodeAt(capped.value.length);
      if (
        capped.truncatedFrom !== null &&
        last >= 0xd800 &&
        last <= 0xdbff &&
        next >= 0xdc00 &&
        next <= 0xdfff
      )
        problems.push('capText split a surrogate pair');
      const display = cappedDisplay(value);
      if (value.length > 4096 && !display.includes(TRUNCATION_MARK))
        problems.push('cappedDisplay without its mark');
      safeDisplayDeep(json);
      return problems;
    },
    check: (problems) => (problems.length === 0 ? null : problems.join('; ')),
  });
});
