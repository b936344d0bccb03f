import { MAX_TEXT_CHARS } from './limits.js';

/**
 * Capping decoded text (names, SAN values) at MAX_TEXT_CHARS. The data stays language-neutral:
 * a cut value ends with TRUNCATION_MARK and `{len=N}` (N = original length in characters), and
 * models carry `truncatedFrom: N` so the UI can say "[tronqué : N caractères]" in its language.
 */
export const TRUNCATION_MARK = '…';

export type CappedText = { value: string; truncatedFrom: number | null };

/** The first MAX_TEXT_CHARS characters, never splitting a surrogate pair. */
export const capText = (value: string, max = MAX_TEXT_CHARS): CappedText => {
  if (value.length <= max) return { value, truncatedFrom: null };
  const last = value.charCodeAt(max - 1);
  const end = last >= 0xd800 && last <= 0xdbff ? max - 1 : max;
  return { value: value.slice(0, end), truncatedFrom: value.length };
};

/**
 * The mark appended to a cut value in display text. `tag` (e.g. a digest of the full value)
 * keeps two long values that share their first characters distinct when texts are compared.
 */
export const truncationSuffix = (length: number, tag?: string): string =>
  `${TRUNCATION_MARK}{len=${length}${tag === undefined ? '' : `,${tag}`}}`;

/** capText, then the mark when cut: for fields that are plain strings in the model. */
export const cappedDisplay = (value: string, tag?: string): string => {
  const capped = capText(value);
  return capped.truncatedFrom === null
    ? value
    : `${capped.value}${truncationSuffix(capped.truncatedFrom, tag)}`;
};
