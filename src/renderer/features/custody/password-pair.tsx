import { PasswordInput, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MAX_PASSWORD_LENGTH } from '../../../shared/limits.js';

export type PairValue = { first: string; again: string };

type PasswordPairProps = {
  value: PairValue;
  onChange: (value: PairValue) => void;
  labels: { first: string; again: string; hint: string };
  /** Shown under the first field (too short, required), or null. */
  firstError: string | null;
  /** A softer word under the first field that does not block (recommended length). */
  firstWarning?: string | null;
  /** The form was submitted once: a difference is then said even while typing. */
  submitted: boolean;
  testIds: { first: string; again: string };
  disabled?: boolean;
};

/** A secret typed twice: nobody sees what they type, so the second entry catches slips. */
export const PasswordPair = (props: PasswordPairProps) => {
  const { t } = useTranslation();
  const { value, onChange, labels, firstError, firstWarning = null, submitted, testIds, disabled } = props;
  // While the second entry is shorter the person is still typing: say nothing yet.
  const differs =
    value.again !== value.first &&
    (submitted || value.again.length >= value.first.length) &&
    value.again !== '';
  const againError =
    differs || (submitted && value.again !== value.first) ? t('custody.passwordMismatch') : null;
  const common = {
    maxLength: MAX_PASSWORD_LENGTH,
    autoComplete: 'new-password',
    spellCheck: false,
    visibilityToggleFocusable: true,
    visibilityToggleButtonProps: { 'aria-label': t('password.show') },
    disabled,
  } as const;
  return (
    <Stack gap="sm">
      <PasswordInput
        {...common}
        label={labels.first}
        description={labels.hint}
        value={value.first}
        onChange={(e) => onChange({ ...value, first: e.currentTarget.value })}
        error={firstError ?? firstWarning ?? undefined}
        aria-invalid={firstError ? true : undefined}
        data-testid={testIds.first}
        styles={
          firstError === null && firstWarning
            ? { error: { color: 'var(--mantine-color-orange-text)' } }
            : undefined
        }
      />
      <PasswordInput
        {...common}
        label={labels.again}
        value={value.again}
        onChange={(e) => onChange({ ...value, again: e.currentTarget.value })}
        error={againError ?? undefined}
        aria-invalid={againError ? true : undefined}
        data-testid={testIds.again}
      />
    </Stack>
  );
};
