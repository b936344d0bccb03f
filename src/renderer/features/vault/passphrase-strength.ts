/** The minimum we ask for; main may be stricter and then says 'weak-passphrase'. */
export const MIN_PASSPHRASE_LENGTH = 10;

export type PassphraseStrength = 'too-short' | 'weak' | 'fair' | 'strong';

/**
 * A rough hint, not a verdict: length counts far more than symbols, so a few plain words
 * score well. Character classes only help short passphrases along.
 */
export const passphraseStrength = (passphrase: string): PassphraseStrength => {
  const length = [...passphrase].length;
  if (length < MIN_PASSPHRASE_LENGTH) return 'too-short';
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(passphrase)).length;
  const distinct = new Set(passphrase).size;
  if (distinct < 5) return 'weak';
  if (length >= 20 || (length >= 14 && classes >= 3)) return 'strong';
  if (length >= 14 || classes >= 3) return 'fair';
  return 'weak';
};
