import {
  finessPrefixKind,
  luhnCheckDigit,
  luhnValid,
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
} from '../../../src/shared/identifiers/index.js';
import { HOSTILE_STRINGS } from './hostile-strings.js';

const VALIDATORS = [
  validateSiren,
  validateSiret,
  validateFiness,
  validateRpps,
  validateAdeli,
  validateRppsCabinet,
];

describe('identifiers on hostile input', () => {
  it.each(HOSTILE_STRINGS.map((s) => [s.slice(0, 20), s]))('never throws nor accepts %j', (_label, s) => {
    for (const validate of VALIDATORS) {
      const r = validate(s);
      expect(r.ok).toBe(false);
    }
    // Long runs of ASCII digits are legitimately Luhn-valid or not; only the others must be refused.
    if (!/^[0-9]+$/.test(s)) expect(luhnValid(s)).toBe(false);
    expect(() => luhnCheckDigit(s)).not.toThrow();
    expect(() => finessPrefixKind(s)).not.toThrow();
    expect(parseIso6523SirenId(s)).toBeNull();
    expect(splitStructureLocalId(s)).toBeNull();
    const structure = parseStructureId(s);
    expect(structure === null || structure.valid === false).toBe(true);
    const person = parsePersonId(s);
    expect(person === null || person.valid === false).toBe(true);
  });

  it('refuses non-string input at run time (values may come over IPC)', () => {
    for (const v of [undefined, null, 42, {}, []] as unknown as string[]) {
      expect(validateSiren(v).ok).toBe(false);
      expect(parseStructureId(v)).toBeNull();
      expect(parsePersonId(v)).toBeNull();
      expect(luhnValid(v)).toBe(false);
    }
  });
});
