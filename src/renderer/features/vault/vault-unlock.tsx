import { Button, Group, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_PASSWORD_LENGTH } from '../../../shared/limits.js';
import type { VaultError, VaultStatus } from '../../../shared/model/vault.js';
import { useApi } from '../../api-context.js';
import { useVaultErrorText } from './vault-error-text.js';

type VaultUnlockProps = { onReady: (vault: VaultStatus) => void };

/** A passphrase vault is closed at each start: one field to open it for this session. */
export const VaultUnlock = ({ onReady }: VaultUnlockProps) => {
  const { t } = useTranslation();
  const api = useApi();
  const errorText = useVaultErrorText();
  const [passphrase, setPassphrase] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<VaultError | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    try {
      const result = await api.vault.unlock({ passphrase });
      if (result.ok) {
        setPassphrase('');
        onReady(result.value);
        return;
      }
      setError(result.error);
    } catch (cause) {
      setError({ code: 'io-error', message: cause instanceof Error ? cause.message : String(cause) });
    } finally {
      setPending(false);
    }
    input.current?.focus();
    input.current?.select();
  };

  return (
    <Paper withBorder p="md" radius="md" data-testid="vault-unlock">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <Title order={3} size="h5">
            <IconLock size={18} aria-hidden style={{ verticalAlign: 'text-bottom', marginRight: 6 }} />
            {t('vault.unlockTitle')}
          </Title>
          <Text size="sm">{t('vault.unlockIntro')}</Text>
          <Group align="flex-start" gap="sm">
            <PasswordInput
              ref={input}
              label={t('vault.passphrase')}
              value={passphrase}
              onChange={(e) => setPassphrase(e.currentTarget.value)}
              error={error ? errorText(error) : undefined}
              aria-invalid={error ? true : undefined}
              maxLength={MAX_PASSWORD_LENGTH}
              autoComplete="current-password"
              visibilityToggleButtonProps={{ 'aria-label': t('password.show') }}
              style={{ flex: '1 1 18rem' }}
              data-testid="vault-unlock-input"
            />
            <Button type="submit" loading={pending} mt={25} data-testid="vault-unlock-submit">
              {t('vault.unlock')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
};
