import { Button, Group, Loader, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api-context.js';
import { callMain } from '../../errors/call-main.js';
import { ErrorAlert } from '../../errors/error-alert.js';
import { SingleFileZone } from '../inspector/single-file-zone.js';
import { PasswordPrompt } from '../inspector/password-prompt.js';
import { canInstall } from '../install/install-button.js';
import { InstallDialog } from '../install/install-dialog.js';
import { useOrderErrorText } from '../orders/order-error-text.js';
import { failedOnPassword, useRetrieve } from '../retrieve/use-retrieve.js';
import { AddDone } from './add-done.js';
import { AddResult } from './add-result.js';
import type { KeepFailure } from './keep-panel.js';
import { ProtectedNotice } from './protected-notice.js';
import { useVaultStatus, vaultUsable } from '../vault/use-vault-status.js';
import { VaultPanel } from '../vault/vault-panel.js';

type AddCertificatePageProps = {
  active: boolean;
  /** A file handed over by the inspector ("Ajouter à mes certificats"): opened at once. */
  initialFile?: File | null;
  /** Show the list, on this certificate when there is one. */
  onDone: (sha256: string | null) => void;
};

/**
 * "Ajouter un certificat": any file → what it holds → kept → installed. For the PKCS#12 a
 * doctor downloads from the platform: choose the file (1), type its password and open it
 * (2), "Ajouter et installer" (3), confirm the store Vigie ticked (4).
 */
export const AddCertificatePage = ({ onDone, initialFile = null }: AddCertificatePageProps) => {
  const { t } = useTranslation();
  const api = useApi();
  const orderErrorText = useOrderErrorText();
  const { state, open, unlock, confirm, reset } = useRetrieve();
  const [watched, setWatched] = useState<string[] | null>(null);
  const [installing, setInstalling] = useState(true);
  // The page is keyed by the handed-over file: this runs once per file.
  useEffect(() => {
    if (initialFile) void open(initialFile);
  }, [initialFile, open]);

  const pick = (files: readonly File[]) => {
    const file = files[0];
    if (!file) return;
    setWatched(null);
    setInstalling(true);
    void open(file);
  };
  const again = () => {
    setWatched(null);
    reset();
  };

  // The key goes into the vault: a new user's vault is set up on the OS keychain, the
  // default protection, without a question; a passphrase vault asks for its passphrase here.
  const vault = useVaultStatus(state.status === 'analyzed');
  const vaultState = vault.state;
  const silentSetup =
    vaultState.status === 'ready' &&
    vaultState.vault.mode === 'not-set-up' &&
    vaultState.vault.keyringAvailable;
  const vaultNeeds =
    vaultState.status === 'ready' && (vaultUsable(vaultState.vault) || silentSetup) ? null : (
      <VaultPanel state={vaultState} onReady={vault.replace} onRetry={vault.reload} />
    );

  const keep = async (sha256: string, code: string, accept: boolean): Promise<KeepFailure | null> => {
    if (silentSetup) {
      const set = await callMain(() => api.vault.setup({ mode: 'keyring' }));
      if (!set.ok) return { text: t('add.addFailed'), detail: set.error.message };
      vault.replace(set.value);
    }
    const failed = await confirm({
      certificateSha256: sha256,
      revocationCode: code,
      acceptLookAlike: accept,
    });
    return failed ? { text: orderErrorText(failed), detail: failed.message } : null;
  };
  const watch = async (): Promise<KeepFailure | null> => {
    if (state.status !== 'analyzed') return null;
    const { payload, password } = state;
    const added = await callMain(() =>
      api.inventory.addFile({ ...payload, ...(password === undefined ? {} : { password }) }),
    );
    if (!added.ok) return { text: t('add.addFailed'), detail: added.error.message };
    setWatched(added.value.added);
    return null;
  };

  const showPicker = (state.status === 'idle' || state.status === 'failed') && watched === null;
  const done = state.status === 'done' || watched !== null;

  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Title order={1} size="h2">
          {t('add.title')}
        </Title>
        <Text c="dimmed" maw={760}>
          {t('add.intro')}
        </Text>
      </Stack>

      <SingleFileZone visible={showPicker} onFiles={pick} label={t('add.dropZoneLabel')} testIdPrefix="add" />

      <div role="status">
        {state.status === 'reading' ? (
          <Group gap="xs">
            <Loader size="sm" />
            <Text size="sm">{t('retrieve.reading', { name: state.fileName })}</Text>
          </Group>
        ) : state.status === 'analyzed' ? (
          <VisuallyHidden>{t('retrieve.analyzed', { name: state.fileName })}</VisuallyHidden>
        ) : null}
      </div>

      {state.status === 'failed' &&
        (state.payload && failedOnPassword(state.error) ? (
          <ProtectedNotice>
            <PasswordPrompt key={state.fileName} onSubmit={unlock} initialError={state.error} />
          </ProtectedNotice>
        ) : (
          <ErrorAlert error={state.error} title={t('retrieve.failed', { name: state.fileName })} />
        ))}

      {state.status === 'analyzed' && watched === null && (
        <Stack gap="lg">
          <Group justify="space-between" align="baseline">
            <Title order={2} size="h3" style={{ overflowWrap: 'anywhere' }}>
              {state.fileName}
            </Title>
            <Button variant="subtle" size="compact-sm" onClick={again}>
              {t('retrieve.another')}
            </Button>
          </Group>
          <AddResult
            analysis={state.analysis}
            onUnlock={unlock}
            onKeep={keep}
            onWatch={watch}
            vaultNeeds={vaultNeeds}
          />
        </Stack>
      )}

      {done && (
        <AddDone
          kept={state.status === 'done'}
          count={watched?.length ?? 1}
          onInstall={
            state.status === 'done' && canInstall(state.order) && !installing
              ? () => setInstalling(true)
              : null
          }
          onList={() =>
            onDone(
              state.status === 'done' ? (state.order.certificate?.sha256 ?? null) : (watched?.[0] ?? null),
            )
          }
          onAgain={again}
        />
      )}
      {/* Kept with its key: straight on to installing, the usual store already ticked. */}
      {state.status === 'done' && installing && canInstall(state.order) && (
        <InstallDialog order={state.order} onClose={() => setInstalling(false)} preselectDefault />
      )}
    </Stack>
  );
};
