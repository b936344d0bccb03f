import { Button, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconEye } from '@tabler/icons-react';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_PASSWORD_LENGTH } from '../../../shared/limits.js';
import { LookAlikeConsent } from '../inspector/look-alike.js';
import { ProblemAlert } from '../orders/problem-alert.js';

export type KeepFailure = { text: string; detail: string };

type KeepPanelProps = {
  /** 'keep': the key is in the file or in the vault (an order); 'watch': a certificate alone. */
  mode: 'keep' | 'watch';
  /** Not shown to be issued by the IGC-Santé: keeping its key needs the user's consent. */
  lookAlike: boolean;
  onKeep: (revocationCode: string, acceptLookAlike: boolean) => Promise<KeepFailure | null>;
  /** What the key vault needs first (a passphrase to set or type), shown above the button. */
  vaultNeeds?: ReactNode;
};

/**
 * The one decision of "Ajouter un certificat": keep (and then install), or follow. The
 * revocation code is asked here too, optional, for the platform files that come with one.
 */
export const KeepPanel = ({ mode, lookAlike, onKeep, vaultNeeds = null }: KeepPanelProps) => {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [accepted, setAccepted] = useState(false);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<KeepFailure | null>(null);
  const titleId = useId();
  const needsConsent = mode === 'keep' && lookAlike && !accepted;
  const blocked = needsConsent || (mode === 'keep' && vaultNeeds !== null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (pending || blocked) return;
    setPending(true);
    setFailure(null);
    const failed = await onKeep(code, lookAlike && accepted);
    if (failed) {
      setFailure(failed);
      setPending(false);
    }
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={titleId}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id={titleId}>
            {mode === 'keep' ? t('add.keepTitle') : t('add.watchTitle')}
          </Title>
          <Text size="sm">{mode === 'keep' ? t('add.keepBody') : t('add.watchBody')}</Text>
          {mode === 'keep' && (
            <>
              <Text size="sm" c="dimmed">
                {t('retrieve.codeExplain')}
              </Text>
              <PasswordInput
                label={t('retrieve.codeLabel')}
                value={code}
                onChange={(e) => setCode(e.currentTarget.value)}
                maxLength={MAX_PASSWORD_LENGTH}
                autoComplete="off"
                spellCheck={false}
                data-testid="add-revocation-code"
                visibilityToggleFocusable
                visibilityToggleButtonProps={{ 'aria-label': t('retrieve.codeShow') }}
                maw={420}
              />
              {vaultNeeds}
              {lookAlike && (
                <LookAlikeConsent
                  action="keep"
                  checked={accepted}
                  onChange={setAccepted}
                  disabled={pending}
                />
              )}
            </>
          )}
          {failure && <ProblemAlert text={failure.text} detail={failure.detail} title={t('add.addFailed')} />}
          <div>
            <Button
              type="submit"
              loading={pending}
              disabled={blocked}
              leftSection={
                mode === 'keep' ? <IconDownload size={18} aria-hidden /> : <IconEye size={18} aria-hidden />
              }
              data-testid={mode === 'keep' ? 'add-keep' : 'add-watch'}
            >
              {mode === 'keep' ? t('add.keepAction') : t('add.watchAction')}
            </Button>
          </div>
        </Stack>
      </form>
    </Paper>
  );
};
