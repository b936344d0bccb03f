import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconFileImport } from '@tabler/icons-react';
import { useEffect, useEffectEvent, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LINKS } from '../../../shared/links.js';
import { ErrorAlert } from '../../errors/error-alert.js';
import { openPicker } from '../../shell/open-picker.js';
import { AnchorsTable } from './anchors-table.js';
import { ChainDownload } from './chain-download.js';
import { ExternalLink } from './external-link.js';
import { useAnchors } from './use-anchors.js';
import { useImportChain, type ImportState } from './use-import-chain.js';

const ImportOutcome = ({ state }: { state: ImportState }) => {
  const { t } = useTranslation();
  switch (state.status) {
    case 'idle':
      return null;
    case 'importing':
      return (
        <Group gap="xs" role="status">
          <Loader size="xs" />
          <Text size="sm">{t('trust.importing', { name: state.fileName })}</Text>
        </Group>
      );
    case 'failed':
      return <ErrorAlert error={state.error} title={t('trust.importFailed')} />;
    case 'done':
      return (
        <Alert color="green" variant="light" role="status" icon={<IconCircleCheck aria-hidden />}>
          <Text size="sm">
            {t('trust.imported', {
              added: t('trust.added', { count: state.added.length }),
              known: t('trust.known', { count: state.alreadyKnown }),
              ignored: t('trust.ignored', { count: state.ignored }),
            })}
          </Text>
          {state.ignored > 0 && (
            <Text size="xs" c="dimmed">
              {t('trust.ignoredHint')}
            </Text>
          )}
        </Alert>
      );
  }
};

type TrustPanelProps = {
  /** Bumped each time a chain file should be asked for (menu command, card button). */
  pickRequest: number;
};

/** The IGC-Santé authorities on this computer, and how to add the official chain. */
export const TrustPanel = ({ pickRequest }: TrustPanelProps) => {
  const { t } = useTranslation();
  const { state, reload } = useAnchors();
  const { state: importState, importFile } = useImportChain(reload);
  const input = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  const pick = () => {
    // Without a user gesture the picker is refused: leave the keyboard on the button.
    if (!openPicker(input.current)) button.current?.focus();
  };
  const onPickRequest = useEffectEvent(pick);
  useEffect(() => {
    if (pickRequest > 0) onPickRequest();
  }, [pickRequest]);

  return (
    <Stack gap="md">
      <Text size="sm">{t('trust.intro')}</Text>
      <Group>
        <Button ref={button} onClick={pick} leftSection={<IconFileImport size={18} aria-hidden />}>
          {t('trust.import')}
        </Button>
        <input
          ref={input}
          type="file"
          hidden
          aria-hidden
          tabIndex={-1}
          data-testid="chain-file-input"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) void importFile(file);
          }}
        />
      </Group>
      <ImportOutcome state={importState} />
      <ChainDownload onDownloaded={reload} />

      {state.status === 'loading' && (
        <Group gap="xs" role="status">
          <Loader size="xs" />
          <Text size="sm">{t('trust.loading')}</Text>
        </Group>
      )}
      {state.status === 'failed' && (
        <ErrorAlert error={{ code: 'unexpected', message: state.message }} title={t('trust.listFailed')} />
      )}
      {state.status === 'ready' && (
        <Stack gap={4}>
          {state.anchors.length === 0 ? (
            <Alert color="orange" variant="light" role="note">
              {t('trust.empty')}
            </Alert>
          ) : (
            <>
              <Text size="sm" fw={500}>
                {t('trust.count', { count: state.anchors.length })}
              </Text>
              <AnchorsTable anchors={state.anchors} />
            </>
          )}
        </Stack>
      )}

      <Stack gap={4}>
        <Title order={3} size="h5">
          {t('trust.links')}
        </Title>
        <ExternalLink url={LINKS.chainProduction}>{t('trust.chainProduction')}</ExternalLink>
        <ExternalLink url={LINKS.chainTest}>{t('trust.chainTest')}</ExternalLink>
        <ExternalLink url={LINKS.policies}>{t('trust.policies')}</ExternalLink>
      </Stack>
    </Stack>
  );
};
