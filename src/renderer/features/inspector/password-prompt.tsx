import { Button, Group, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_PASSWORD_LENGTH } from '../../../shared/limits.js';
import { useErrorText } from '../../errors/error-alert.js';
import type { UiError } from '../../errors/ui-error.js';

type PasswordPromptProps = {
  /** Resolves with the error to show, or null once the file is unlocked. */
  onSubmit: (password: string) => Promise<UiError | null>;
  /** An error already known (reading the file without a password said why). */
  initialError?: UiError | null;
};

/**
 * Inline, not a modal: the certificates stay readable while the password is typed. The
 * password lives in this component's state only and is dropped on success.
 */
export const PasswordPrompt = ({ onSubmit, initialError = null }: PasswordPromptProps) => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [password, setPassword] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<UiError | null>(
    initialError?.code === 'password-required' ? null : initialError,
  );
  const input = useRef<HTMLInputElement>(null);
  const titleId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    const failure = await onSubmit(password);
    setPending(false);
    if (failure) {
      setError(failure);
      // Keep the person where they were typing, with the text selected to retype it.
      input.current?.focus();
      input.current?.select();
    } else {
      setPassword('');
      setError(null);
    }
  };

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      // A coloured edge, not a coloured fill: error text must stay readable in dark mode.
      style={{ borderLeft: '4px solid var(--mantine-color-yellow-filled)' }}
    >
      <form onSubmit={(e) => void submit(e)} aria-labelledby={titleId} noValidate>
        <Stack gap="sm">
          <Group gap={8} wrap="nowrap">
            <IconLock size={20} aria-hidden />
            <Title order={3} size="h5" id={titleId}>
              {t('password.title')}
            </Title>
          </Group>
          <Text size="sm">{t('password.explain')}</Text>
          <Group align="flex-start" gap="sm" wrap="wrap">
            <PasswordInput
              ref={input}
              label={t('password.label')}
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={error ? errorText(error) : undefined}
              // Mantine marks the wrapper only; assistive tech reads the input's own state.
              aria-invalid={error ? true : undefined}
              maxLength={MAX_PASSWORD_LENGTH}
              autoComplete="off"
              spellCheck={false}
              data-testid="password-input"
              visibilityToggleFocusable
              visibilityToggleButtonProps={{ 'aria-label': t('password.show') }}
              style={{ flex: '1 1 18rem' }}
              readOnly={pending}
            />
            <Button type="submit" loading={pending} mt={25}>
              {t('password.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
};
