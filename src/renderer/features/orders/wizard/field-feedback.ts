import { useCallback, useState } from 'react';
import type { HolderProblems } from './holder-validation.js';
import { INCOMPLETE_CODES } from './holder-validation.js';

/**
 * When a field's problem is shown: as soon as the person has typed in it (live, as they
 * type), or after they tried to go on. Until they try to go on, "not finished yet"
 * problems (empty, too short) wait while the field has focus: nobody needs to be told
 * mid-number.
 */
export const useFieldFeedback = (problems: HolderProblems, attempted: boolean) => {
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [focused, setFocused] = useState<string | null>(null);

  const touch = useCallback((key: string) => {
    setTouched((s) => (s.has(key) ? s : new Set(s).add(key)));
  }, []);

  /** Whether problems of this field may be shown at all (typed in, or tried to go on). */
  const shown = (key: string): boolean => attempted || touched.has(key);

  const errorOf = (key: string): string | null => {
    const problem = problems[key];
    if (!problem || !shown(key)) return null;
    if (!attempted && focused === key && INCOMPLETE_CODES.includes(problem.code)) return null;
    return problem.message;
  };

  /** Focus and blur handlers for a field; `touch` goes in its onChange. */
  const track = (key: string) => ({
    onFocus: () => setFocused(key),
    onBlur: () => {
      setFocused((f) => (f === key ? null : f));
      touch(key);
    },
  });

  return { errorOf, shown, touch, track };
};

export type FieldFeedback = ReturnType<typeof useFieldFeedback>;

/** Mantine puts this on the element that shows the error text. */
export const ERROR_PROPS = { 'data-testid': 'field-error' } as const;

/** Identifiers read best in monospace; only the typed text, not the label. */
export const MONO_INPUT = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } } as const;
