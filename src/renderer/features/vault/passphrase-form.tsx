import { Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_PASSWORD_LENGTH } from '../../../shared/limits.js';
import { MIN_PASSPHRASE_LENGTH, passphraseStrength } from './passphrase-strength.js';

const STRENGTH_COLOR = { 'too-short': 'red', weak: 'orange', fair: 'yellow.8', strong: 'teal' } as const;

type PassphraseFormProps = { pending: boolean; onSubmit: (passphrase: string) => void };

/** Typed twice, with a live hint; the text lives in this form only and is never stored. */
export const PassphraseForm = ({ pending, onSubmit }: PassphraseFormProps) => {
  const { t } = useTranslation();
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [attempted, setAttempted] = useState(false);
  const strength = passphraseStrength(first);
  const tooShort = strength === 'too-short';
  const mismatch = second !== first;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (tooShort || mismatch || pending) return;
    onSubmit(first);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm" maw={460}>
        <PasswordInput
          label={t('vault.passphrase')}
          description={t('vault.passphraseHint', { min: MIN_PASSPHRASE_LENGTH })}
          value={first}
          onChange={(e) => setFirst(e.currentTarget.value)}
          maxLength={MAX_PASSWORD_LENGTH}
          autoComplete="new-password"
          error={attempted && tooShort ? t('vault.tooShort', { min: MIN_PASSPHRASE_LENGTH }) : undefined}
          visibilityToggleButtonProps={{ 'aria-label': t('password.show') }}
          data-testid="vault-passphrase"
        />
        {first.length > 0 && (
          <Text size="sm" c={STRENGTH_COLOR[strength]} aria-live="polite">
            {t(`vault.strength.${strength}`)}
          </Text>
        )}
        <PasswordInput
          label={t('vault.passphraseAgain')}
          value={second}
          onChange={(e) => setSecond(e.currentTarget.value)}
          maxLength={MAX_PASSWORD_LENGTH}
          autoComplete="new-password"
          error={attempted && mismatch ? t('vault.mismatch') : undefined}
          visibilityToggleButtonProps={{ 'aria-label': t('password.show') }}
          data-testid="vault-passphrase-again"
        />
        <Text size="xs" c="dimmed">
          {t('vault.passphraseWarning')}
        </Text>
        <Group>
          <Button type="submit" loading={pending} data-testid="vault-setup-passphrase">
            {t('vault.setupPassphrase')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
