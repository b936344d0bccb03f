import { Alert, Button, Group, Radio, Stack, Text, Title } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { WhyHint } from '../../help/why-hint.js';
import { subjectWarningMessage } from '../../../../shared/csr/index.js';
import type { KeyBits } from '../../../../shared/model/order.js';
import type { VaultStatus } from '../../../../shared/model/vault.js';
import { useLanguage } from '../../../i18n/use-language.js';
import { vaultUsable, type VaultState } from '../../vault/use-vault-status.js';
import { VaultPanel } from '../../vault/vault-panel.js';
import { GenerationProgress } from './generation-progress.js';
import type { CertificateRun } from './use-generation.js';
import { KeyPlaceChoice, type KeyPlace } from './key-place.js';

const SIZES: readonly KeyBits[] = [2048, 3072, 4096];

type StepKeysProps = {
  keyBits: KeyBits;
  onKeyBits: (bits: KeyBits) => void;
  vault: VaultState;
  keyPlace: KeyPlace;
  onKeyPlace: (place: KeyPlace) => void;
  onVaultReady: (vault: VaultStatus) => void;
  onVaultRetry: () => void;
  runs: readonly CertificateRun[];
  plannedCount: number;
  running: boolean;
  allDone: boolean;
  onGenerate: () => void;
  /** Main refused the holder: offer the way back to step 2. */
  holderRefused: boolean;
  onFixHolder: () => void;
};

/** Step 3: key size, the vault that will keep the keys, then one key per certificate. */
export const StepKeys = (props: StepKeysProps) => {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { keyBits, vault, runs, running, allDone } = props;
  const started = runs.length > 0;
  const onToken = props.keyPlace.kind === 'token';
  // A key made on a card or token does not go through the vault.
  const ready = onToken || (vault.status === 'ready' && vaultUsable(vault.vault));
  return (
    <Stack gap="lg">
      <Text maw={760}>{t('wizard.keys.intro')}</Text>
      <WhyHint>{t('help.wizard.keys')}</WhyHint>
      <Radio.Group
        label={t('wizard.keys.sizeLabel')}
        value={String(keyBits)}
        onChange={(v) => {
          const bits = SIZES.find((s) => String(s) === v);
          if (bits) props.onKeyBits(bits);
        }}
      >
        <Group gap="lg" mt="xs">
          {SIZES.map((bits) => (
            <Radio
              key={bits}
              value={String(bits)}
              disabled={started}
              label={t(bits === 2048 ? 'wizard.keys.sizeDefault' : 'wizard.keys.size', { bits })}
              data-testid={`key-size-${bits}`}
            />
          ))}
        </Group>
      </Radio.Group>
      {keyBits !== 2048 && (
        <Alert color="orange" variant="light" role="note">
          <Text size="sm">{subjectWarningMessage('larger-keys-unconfirmed', language)}</Text>
        </Alert>
      )}
      <KeyPlaceChoice value={props.keyPlace} onChange={props.onKeyPlace} disabled={started} />
      {!onToken && (
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t('wizard.keys.vaultTitle')}
          </Title>
          <VaultPanel state={vault} onReady={props.onVaultReady} onRetry={props.onVaultRetry} />
        </Stack>
      )}
      {!allDone && (
        <Group>
          <Button
            leftSection={<IconKey size={18} aria-hidden />}
            onClick={props.onGenerate}
            loading={running}
            disabled={!ready}
            data-testid="generate-keys"
          >
            {started ? t('wizard.keys.retry') : t('wizard.keys.generate', { count: props.plannedCount })}
          </Button>
          {!ready && (
            <Text size="sm" c="dimmed">
              {t('wizard.keys.vaultFirst')}
            </Text>
          )}
        </Group>
      )}
      {started && <GenerationProgress runs={runs} />}
      {props.holderRefused && !running && (
        <Group>
          <Button variant="default" onClick={props.onFixHolder}>
            {t('wizard.keys.fixHolder')}
          </Button>
        </Group>
      )}
      {allDone && (
        <Alert color="teal" variant="light" role="status">
          <Text size="sm">{t('wizard.keys.allDone', { count: runs.length })}</Text>
        </Alert>
      )}
    </Stack>
  );
};
