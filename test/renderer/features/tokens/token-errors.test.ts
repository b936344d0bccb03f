import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../src/renderer/i18n/setup.js';
import { tokenErrorText } from '../../../../src/renderer/features/tokens/token-error-text.js';
import { TokenErrorCode } from '../../../../src/shared/model/token.js';

describe('token error sentences', () => {
  it.each(['fr', 'en'] as const)('every code has its own sentence in %s', (language) => {
    const { t } = createI18n(language);
    const sentences = TokenErrorCode.options.map((code) => tokenErrorText(t, { code }));
    for (const [i, text] of sentences.entries()) {
      expect(text, TokenErrorCode.options[i]).not.toContain('tokens.errors');
      expect(text.length, TokenErrorCode.options[i]).toBeGreaterThan(15);
    }
    expect(new Set(sentences).size).toBe(sentences.length);
  });
});
