import { Anchor, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArgsOf } from '../../../shared/ipc/types.js';
import type { VaultError, VaultStatus } from '../../../shared/model/vault.js';
import { useApi } from '../../api-context.js';
import { ProblemAlert } from '../orders/problem-alert.js';
import { PassphraseForm } from './passphrase-form.js';
import { useVaultErrorText } from './vault-error-text.js';

type VaultSetupProps = { vault: VaultStatus; onReady: (vault: VaultStatus) => void };

/**
 * First use: where the keys' protection comes from. The system keychain is the default
 * (nothing to remember); a passphrase is the way out when there is no keychain or the
 * user prefers to type something each session.
 */
export const VaultSetup = ({ vault, onReady }: VaultSetupProps) => {
  const { t } = useTranslation();
  const api = useApi();
  const errorText = useVaultErrorText();
  const [withPassphrase, setWithPassphrase] = useState(!vault.keyringAvailable);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<VaultError | null>(null);

  const setup = async (args: ArgsOf<'vault', 'setup'>) => {
    setPending(true);
    setError(null);
    try {
      const result = await api.vault.setup(args);
      if (result.ok) onReady(result.value);
      else setError(result.error);
    } catch (cause) {
      setError({ code: 'io-error', message: cause instanceof Error ? cause.message : String(cause) });
    } finally {
      setPending(false);
    }
  };

  return (
    <Paper withBorder p="md" radius="md" data-testid="vault-setup">
      <Stack gap="sm">
        <Title order={3} size="h5">
          <IconKey size={18} aria-hidden style={{ verticalAlign: 'text-bottom', marginRight: 6 }} />
          {t('vault.setupTitle')}
        </Title>
        <Text size="sm">{t('vault.setupIntro')}</Text>
        {error && <ProblemAlert text={errorText(error)} detail={error.message} />}
        {vault.keyringAvailable ? (
          <Stack gap={6} align="flex-start">
            <Button
              onClick={() => void setup({ mode: 'keyring' })}
              loading={pending && !withPassphrase}
              disabled={pending}
              data-testid="vault-setup-keyring"
            >
              {t('vault.setupKeyring')}
            </Button>
            <Text size="xs" c="dimmed">
              {t('vault.keyringExplain')}
            </Text>
          </Stack>
        ) : (
          <Text size="sm" c="orange">
            {t('vault.noKeyring')}
          </Text>
        )}
        {vault.keyringAvailable && !withPassphrase && (
          <Anchor component="button" type="button" size="sm" onClick={() => setWithPassphrase(true)}>
            {t('vault.preferPassphrase')}
          </Anchor>
        )}
        {withPassphrase && (
          <PassphraseForm
            pending={pending}
            onSubmit={(passphrase) => void setup({ mode: 'passphrase', passphrase })}
          />
        )}
      </Stack>
    </Paper>
  );
};
