import { Button, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_PASSWORD_LENGTH } from '../../../shared/limits.js';
import type { OrderError } from '../../../shared/model/order.js';
import { LookAlikeConsent } from '../inspector/look-alike.js';
import { ProblemAlert } from '../orders/problem-alert.js';
import { useOrderErrorText } from '../orders/order-error-text.js';

type KeepStepProps = {
  /** Why the certificate cannot be kept yet (a sentence), or null when it can. */
  blocked: string | null;
  /** Not shown to be issued by the IGC-Santé: keeping it needs the user's explicit consent. */
  lookAlike: boolean;
  onConfirm: (revocationCode: string, acceptLookAlike: boolean) => Promise<OrderError | null>;
};

/**
 * The revocation code, explained where it is asked for: people choose it on the platform
 * minutes before and rarely know what it is for. Keeping it is optional.
 */
export const KeepStep = ({ blocked, lookAlike, onConfirm }: KeepStepProps) => {
  const { t } = useTranslation();
  const errorText = useOrderErrorText();
  const [code, setCode] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<OrderError | null>(null);
  const [accepted, setAccepted] = useState(false);
  const titleId = useId();
  const needsConsent = lookAlike && !accepted;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (pending || blocked || needsConsent) return;
    setPending(true);
    setError(null);
    const failure = await onConfirm(code, lookAlike && accepted);
    // On success this step unmounts with the code; on failure the code stays to retry.
    if (failure) {
      setError(failure);
      setPending(false);
    }
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={titleId}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id={titleId}>
            {t('retrieve.codeTitle')}
          </Title>
          <Text size="sm">{t('retrieve.codeExplain')}</Text>
          <Text size="sm" c="dimmed">
            {t('retrieve.codeKeep')}
          </Text>
          <PasswordInput
            label={t('retrieve.codeLabel')}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            maxLength={MAX_PASSWORD_LENGTH}
            autoComplete="off"
            spellCheck={false}
            data-testid="revocation-code"
            visibilityToggleFocusable
            visibilityToggleButtonProps={{ 'aria-label': t('retrieve.codeShow') }}
            maw={420}
          />
          {blocked && (
            <Text size="sm" c="orange" role="note">
              {blocked}
            </Text>
          )}
          {lookAlike && blocked === null && (
            <LookAlikeConsent action="keep" checked={accepted} onChange={setAccepted} disabled={pending} />
          )}
          {error && (
            <ProblemAlert
              text={errorText(error)}
              detail={error.message}
              title={t('retrieve.confirmFailed')}
            />
          )}
          <div>
            <Button
              type="submit"
              loading={pending}
              disabled={blocked !== null || needsConsent}
              leftSection={<IconShieldCheck size={18} aria-hidden />}
              data-testid="retrieve-confirm"
            >
              {t('retrieve.confirm')}
            </Button>
          </div>
        </Stack>
      </form>
    </Paper>
  );
};
