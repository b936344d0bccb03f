import { useEffect } from 'react';
import { Button, Group, Loader, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../errors/error-alert.js';
import { SingleFileZone } from '../inspector/single-file-zone.js';
import { PasswordPrompt } from '../inspector/password-prompt.js';
import { useOrders } from '../orders/use-orders.js';
import { RetrieveDone } from './retrieve-done.js';
import { RetrieveResult } from './retrieve-result.js';
import { failedOnPassword, useRetrieve } from './use-retrieve.js';

/** "Retirer un certificat": bring back the file from the IGC-Santé platform and keep it. */
export const RetrievePage = ({
  active,
  initialFile = null,
}: {
  active: boolean;
  initialFile?: File | null;
}) => {
  const { t } = useTranslation();
  const { state, open, unlock, confirm, reset } = useRetrieve();
  // The page is keyed by the handed-over file (the sandbox's "Retirer maintenant"): once per file.
  useEffect(() => {
    if (initialFile) void open(initialFile);
  }, [initialFile, open]);
  // The matched order is described from the list, so it follows main's changes.
  const { state: ordersState } = useOrders(active && state.status === 'analyzed');
  const orders = ordersState.status === 'ready' ? ordersState.orders : [];
  const pick = (files: readonly File[]) => {
    const file = files[0];
    if (file) void open(file);
  };
  const showPicker = state.status === 'idle' || state.status === 'failed';

  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Title order={1} size="h2">
          {t('retrieve.title')}
        </Title>
        <Text c="dimmed" maw={760}>
          {t('retrieve.intro')}
        </Text>
      </Stack>

      <SingleFileZone
        visible={showPicker}
        onFiles={pick}
        label={t('retrieve.dropZoneLabel')}
        testIdPrefix="retrieve"
      />

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

      {state.status === 'failed' && (
        <Stack gap="md">
          <ErrorAlert error={state.error} title={t('retrieve.failed', { name: state.fileName })} />
          {state.payload && failedOnPassword(state.error) && (
            <PasswordPrompt key={state.fileName} onSubmit={unlock} initialError={state.error} />
          )}
        </Stack>
      )}

      {state.status === 'analyzed' && (
        <Stack gap="lg">
          <Group justify="space-between" align="baseline">
            <Title order={2} size="h3" style={{ overflowWrap: 'anywhere' }}>
              {state.fileName}
            </Title>
            <Button variant="subtle" size="compact-sm" onClick={reset}>
              {t('retrieve.another')}
            </Button>
          </Group>
          <RetrieveResult analysis={state.analysis} orders={orders} onUnlock={unlock} onConfirm={confirm} />
        </Stack>
      )}

      {state.status === 'done' && (
        <RetrieveDone order={state.order} codeKept={state.codeKept} onAgain={reset} />
      )}
    </Stack>
  );
};
