/**
 * Fuzzing the identifier validators (src/shared/identifiers): SIREN, SIRET (La Poste rule),
 * FINESS, RPPS, ADELI, RPPS cabinet, every idNat_Struct type, the Luhn helpers, and the
 * parsers of identifiers found in certificates (idNat_PS, idNat_Struct, ISO 6523 SIREN), on
 * hostile strings, identifier-shaped digits (half Luhn-valid) and values that are not strings.
 * Beyond never throwing: an accepted value is the normalised input, and a Luhn acceptance
 * agrees with an independent Luhn implementation.
 */
import fc from 'fast-check';
import {
  finessPrefixKind,
  identifierErrorMessage,
  luhnCheckDigit,
  luhnValid,
  normalizeIdInput,
  parseIso6523SirenId,
  parsePersonId,
  parseStructureId,
  splitStructureLocalId,
  validateAdeli,
  validateFiness,
  validateRpps,
  validateRppsCabinet,
  validateSiren,
  validateSiret,
  validateStructureLocalId,
  validateStructureNumber,
  type IdCheck,
  type IdKind,
} from '../../../src/shared/identifiers/index.js';
import { fuzz } from '../../fuzz/harness.js';
import { hostileJson, hostileString, identifierLike, referenceLuhn } from '../../fuzz/strings.js';

const REASONS = ['empty', 'length', 'charset', 'checksum', 'type', 'format'];
const RULES = ['luhn', 'la-poste', 'format-only'];
const STRUCTURE_TYPES = ['ADELI', 'FINESS', 'SIREN', 'SIRET', 'RPPS'] as const;

const VALIDATORS: [IdKind, (raw: string) => IdCheck, (v: string) => string | null][] = [
  ['SIREN', validateSiren, (v) => (v.length === 9 && referenceLuhn(v) ? null : 'not 9 Luhn digits')],
  [
    'SIRET',
    validateSiret,
    (v) =>
      v.length === 14 &&
      (referenceLuhn(v) || (v.startsWith('356000000') && [...v].reduce((s, c) => s + Number(c), 0) % 5 === 0))
        ? null
        : 'not 14 digits passing Luhn or the La Poste rule',
  ],
  [
    'FINESS',
    validateFiness,
    (v) => (v.length === 9 && (!/^[0-9]+$/.test(v) || referenceLuhn(v)) ? null : 'not a FINESS shape'),
  ],
  ['RPPS', validateRpps, (v) => (v.length === 11 && referenceLuhn(v) ? null : 'not 11 Luhn digits')],
  ['ADELI', validateAdeli, (v) => (/^(?:[0-9]{2}|2[AB])[0-9]{7}$/.test(v) ? null : 'not an ADELI shape')],
  ['RPPS_CABINET', validateRppsCabinet, (v) => (/^[0-9]{11,20}$/.test(v) ? null : 'not 11 to 20 digits')],
];

const input = fc.oneof(
  { arbitrary: hostileString(8), weight: 4 },
  { arbitrary: identifierLike(), weight: 4 },
  {
    arbitrary: fc
      .tuple(identifierLike(), fc.constantFrom(' ', '\u00a0', '\u202f', '\t', 'a', 'b'))
      .map(([d, sp]) => d.split('').join(sp)),
    weight: 1,
  },
  { arbitrary: hostileJson(), weight: 1 },
);

const checkOne = (
  kind: string,
  raw: unknown,
  r: IdCheck,
  shape: (v: string) => string | null,
): string | null => {
  if (!r.ok) return REASONS.includes(r.error.reason) ? null : `${kind}: reason ${String(r.error.reason)}`;
  if (typeof raw !== 'string' || r.value.value !== normalizeIdInput(raw))
    return `${kind}: accepted value is not the normalised input`;
  if (!RULES.includes(r.value.rule)) return `${kind}: rule ${String(r.value.rule)}`;
  const bad = shape(r.value.value);
  return bad ? `${kind} accepted ${JSON.stringify(r.value.value)}: ${bad}` : null;
};

describe('fuzz: identifiers', () => {
  fuzz('identifiers.validators', {
    arbitrary: input,
    call: (raw: unknown) => {
      const problems: string[] = [];
      for (const [kind, validate, shape] of VALIDATORS) {
        const r = validate(raw as string);
        const bad = checkOne(kind, raw, r, shape);
        if (bad) problems.push(bad);
        if (!r.ok && identifierErrorMessage(kind, r.error.reason, 'fr').length === 0)
          problems.push(`${kind}: no message`);
        if (kind === 'FINESS' && r.ok) finessPrefixKind(r.value.value);
      }
      for (const type of STRUCTURE_TYPES) {
        const r = validateStructureNumber(type, raw as string);
        if (!r.ok && !REASONS.includes(r.error.reason))
          problems.push(`structure ${type}: reason ${r.error.reason}`);
      }
      if (typeof raw === 'string') {
        const digit = luhnCheckDigit(raw);
        if (digit !== null && (!luhnValid(raw + digit) || !referenceLuhn(raw + digit)))
          problems.push(`check digit ${digit} for ${raw} is wrong`);
        if (luhnValid(raw) !== referenceLuhn(raw))
          problems.push(`luhnValid(${JSON.stringify(raw)}) disagrees with the reference`);
      }
      return problems;
    },
    check: (problems) => (problems.length === 0 ? null : problems.join('; ')),
  });

  fuzz('identifiers.certificate-ids', {
    arbitrary: fc.oneof(
      hostileString(8),
      fc
        .tuple(
          fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '8', '9', '0002 ', ''),
          identifierLike(),
          fc.option(fc.oneof(identifierLike(), hostileString(3))),
        )
        .map(([d, id, local]) => `${d}${id}${local === null ? '' : `/${local}`}`),
    ),
    call: (raw: string) => {
      const person = parsePersonId(raw);
      const structure = parseStructureId(raw);
      const iso = parseIso6523SirenId(raw);
      const split = splitStructureLocalId(raw);
      const splitValid = split ? validateStructureLocalId(split) : null;
      return { person, structure, iso, splitValid, raw };
    },
    check: ({ person, structure, iso, raw }) => {
      for (const id of [person, structure, iso]) {
        if (id === null) continue;
        if (id.raw !== raw) return 'raw is not the input';
        if (typeof id.valid !== 'boolean') return 'valid is not a boolean';
      }
      if (person && !['RPPS', 'ADELI', 'STRUCTURE_LOCAL'].includes(person.type))
        return `person type ${person.type}`;
      return null;
    },
  });
});
