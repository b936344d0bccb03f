import {
  CHECK_RULE_MESSAGES,
  ID_KIND_TEXTS,
  ID_REASON_MESSAGES,
  identifierErrorMessage,
} from '../../../src/shared/identifiers/index.js';
import type { IdKind, IdReason } from '../../../src/shared/identifiers/index.js';

describe('identifier messages', () => {
  const reasons = Object.keys(ID_REASON_MESSAGES) as IdReason[];
  const kinds = Object.keys(ID_KIND_TEXTS) as IdKind[];

  it('has a distinct French and English sentence for every reason and rule', () => {
    expect(reasons.sort()).toEqual(['charset', 'checksum', 'empty', 'format', 'length', 'type']);
    for (const text of [...Object.values(ID_REASON_MESSAGES), ...Object.values(CHECK_RULE_MESSAGES)]) {
      expect(text.fr).toMatch(/\.$/);
      expect(text.en).toMatch(/\.$/);
      expect(text.fr).not.toBe(text.en);
    }
    expect(new Set(reasons.map((r) => ID_REASON_MESSAGES[r].fr)).size).toBe(reasons.length);
  });

  it('builds a full sentence naming the identifier and what is expected', () => {
    expect(identifierErrorMessage('SIRET', 'length', 'fr')).toBe(
      "SIRET : Le numéro n'a pas le bon nombre de caractères. Attendu : 14 chiffres (SIREN + 5 chiffres).",
    );
    expect(identifierErrorMessage('RPPS', 'checksum', 'en')).toBe(
      'RPPS: The last digit (the check digit) does not match the rest: a digit was probably mistyped. Expected: 11 digits.',
    );
    for (const kind of kinds)
      for (const reason of reasons)
        expect(identifierErrorMessage(kind, reason, 'en')).toContain(ID_KIND_TEXTS[kind].name.en);
  });
});
