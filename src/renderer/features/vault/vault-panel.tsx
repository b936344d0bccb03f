import { Alert, Button, Group, Loader, Text } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { VaultStatus } from '../../../shared/model/vault.js';
import { ErrorAlert } from '../../errors/error-alert.js';
import type { VaultState } from './use-vault-status.js';
import { VaultSetup } from './vault-setup.js';
import { VaultUnlock } from './vault-unlock.js';

type VaultPanelProps = {
  state: VaultState;
  onReady: (vault: VaultStatus) => void;
  onRetry: () => void;
};

/** Whatever the vault needs before a key can be made: set up, unlocked, or nothing. */
export const VaultPanel = ({ state, onReady, onRetry }: VaultPanelProps) => {
  const { t } = useTranslation();
  if (state.status === 'loading') {
    return (
      <Group gap="xs" role="status">
        <Loader size="xs" />
        <Text size="sm">{t('vault.loading')}</Text>
      </Group>
    );
  }
  if (state.status === 'failed') {
    return <ErrorAlert error={{ code: 'unexpected', message: state.message }} title={t('vault.failed')} />;
  }
  const { vault } = state;
  if (vault.mode === 'not-set-up') return <VaultSetup vault={vault} onReady={onReady} />;
  if (vault.locked && vault.mode === 'passphrase') return <VaultUnlock onReady={onReady} />;
  if (vault.locked) {
    // Keyring mode but the keychain did not answer (session locked, service stopped).
    return (
      <Alert color="orange" variant="light" role="alert" title={t('vault.keyringLockedTitle')}>
        <Text size="sm">{t('vault.keyringLocked')}</Text>
        <Button mt="sm" size="xs" variant="default" onClick={onRetry}>
          {t('vault.retry')}
        </Button>
      </Alert>
    );
  }
  return (
    <Group gap={8} wrap="nowrap" data-testid="vault-ready">
      <IconShieldCheck size={20} aria-hidden color="var(--mantine-color-teal-filled)" />
      <Text size="sm">
        {t(vault.mode === 'keyring' ? 'vault.readyKeyring' : 'vault.readyPassphrase')}{' '}
        {t('vault.keyCount', { count: vault.keyCount })}
      </Text>
    </Group>
  );
};
