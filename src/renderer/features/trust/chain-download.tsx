import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChainDownloadError, ImportOutcome } from '../../../shared/model/anchor.js';
import type { Environment } from '../../../shared/model/igc-sante.js';
import { useApi } from '../../api-context.js';

type DownloadState =
  | { status: 'idle' }
  | { status: 'downloading'; environment: Environment }
  | { status: 'done'; outcome: ImportOutcome }
  | { status: 'failed'; error: ChainDownloadError | null; message: string };

/**
 * One click to fetch ANS's chain bundle instead of downloading and importing it by hand.
 * Main keeps only pinned authorities, so this cannot add anything the app does not already
 * know by fingerprint. Never automatic: the network is used when the user asks.
 */
export const ChainDownload = ({ onDownloaded }: { onDownloaded: () => void }) => {
  const { t } = useTranslation();
  const api = useApi();
  const [state, setState] = useState<DownloadState>({ status: 'idle' });

  const download = async (environment: Environment) => {
    setState({ status: 'downloading', environment });
    try {
      const result = await api.trust.downloadChain({ environment });
      if (result.ok) {
        setState({ status: 'done', outcome: result.value });
        onDownloaded();
      } else setState({ status: 'failed', error: result.error, message: result.error.message });
    } catch (cause) {
      setState({ status: 'failed', error: null, message: String(cause) });
    }
  };
  const busy = state.status === 'downloading';

  return (
    <Stack gap="xs" data-testid="chain-download">
      <Title order={3} size="h5">
        {t('chainDownload.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('chainDownload.hint')}
      </Text>
      <Group>
        {(['production', 'test'] as const).map((env) => (
          <Button
            key={env}
            variant="default"
            disabled={busy}
            loading={busy && state.environment === env}
            onClick={() => void download(env)}
            leftSection={<IconDownload size={18} aria-hidden />}
            data-testid={`download-chain-${env}`}
          >
            {t(`chainDownload.${env}`)}
          </Button>
        ))}
      </Group>
      {busy && (
        <Group gap="xs" role="status">
          <Loader size="xs" />
          <Text size="sm">{t('chainDownload.downloading')}</Text>
        </Group>
      )}
      {state.status === 'failed' && (
        <Alert color="red" variant="light" role="alert" title={t('chainDownload.failed')}>
          <Text size="sm">{state.error ? t(`chainDownload.errors.${state.error.code}`) : state.message}</Text>
        </Alert>
      )}
      {state.status === 'done' && (
        <Alert color="green" variant="light" role="status" icon={<IconCircleCheck aria-hidden />}>
          <Text size="sm">
            {t('trust.imported', {
              added: t('trust.added', { count: state.outcome.added.length }),
              known: t('trust.known', { count: state.outcome.alreadyKnown }),
              ignored: t('trust.ignored', { count: state.outcome.ignored }),
            })}
          </Text>
          {state.outcome.ignored > 0 && (
            <Text size="xs" c="dimmed">
              {t('trust.ignoredHint')}
            </Text>
          )}
        </Alert>
      )}
    </Stack>
  );
};
