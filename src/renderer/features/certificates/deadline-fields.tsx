import { NumberInput, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** "90, 60, 30" → [90, 60, 30]; null when any part is not a whole number of days. */
export const parseDays = (text: string): number[] | null => {
  const parts = text.split(/[,;\s]+/).filter((p) => p !== '');
  const days = parts.map(Number);
  return parts.length <= 20 && days.every((d) => Number.isInteger(d) && d >= 0 && d <= 3650)
    ? [...new Set(days)].sort((a, b) => b - a)
    : null;
};

type DeadlineFieldsProps = {
  text: string;
  onText: (text: string) => void;
  renewNow: number;
  onRenewNow: (days: number) => void;
  /** Shown under the thresholds (a refusal from main); else the parse error, if any. */
  error: string | null;
  /** Prefix of the fields' test ids: the global dialog and the drawer each have theirs. */
  testId: string;
};

/**
 * The thresholds (days, comma separated) and the "renouveler maintenant" limit: the same two
 * fields for every certificate ("Rappels") and for one (its drawer).
 */
export const DeadlineFields = ({
  text,
  onText,
  renewNow,
  onRenewNow,
  error,
  testId,
}: DeadlineFieldsProps) => {
  const { t } = useTranslation();
  return (
    <>
      <TextInput
        label={t('reminders.thresholds')}
        value={text}
        onChange={(e) => onText(e.currentTarget.value)}
        error={error ?? (parseDays(text) ? undefined : t('reminders.invalid'))}
        data-testid={`${testId}-thresholds`}
        data-autofocus
      />
      <NumberInput
        label={t('reminders.renewNow')}
        value={renewNow}
        onChange={(v) => onRenewNow(typeof v === 'number' ? v : Number(v) || 0)}
        min={0}
        max={3650}
        allowDecimal={false}
        data-testid={`${testId}-renew-now`}
      />
    </>
  );
};
