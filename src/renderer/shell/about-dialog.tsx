import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '../../shared/ipc/types.js';
import { useApi } from '../api-context.js';
import { Fact, FactList } from '../components/fact-list.js';

type AppInfo = ResultOf<'app', 'getInfo'>;
type InfoState = { status: 'loading' } | { status: 'ready'; info: AppInfo } | { status: 'failed' };
type ExportState =
  | { status: 'idle' }
  | { status: 'exporting' }
  | { status: 'saved'; path: string }
  | { status: 'unavailable' }
  | { status: 'failed' };

export const AboutDialog = ({ opened, onClose }: { opened: boolean; onClose: () => void }) => {
  const { t } = useTranslation();
  const api = useApi();
  const [state, setState] = useState<InfoState>({ status: 'loading' });
  const [exported, setExported] = useState<ExportState>({ status: 'idle' });

  // Main gathers, redacts and writes the file through the save dialog; only the path comes back.
  const exportDiagnostic = () => {
    setExported({ status: 'exporting' });
    api.diagnostics.export({}).then(
      (result) => {
        if (result.ok) setExported({ status: 'saved', path: result.value.path });
        else if (result.error.code === 'cancelled') setExported({ status: 'idle' });
        else setExported({ status: 'unavailable' });
      },
      () => setExported({ status: 'failed' }),
    );
  };

  useEffect(() => {
    if (!opened) return;
    let live = true;
    api.app.getInfo({}).then(
      (info) => live && setState({ status: 'ready', info }),
      () => live && setState({ status: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [api, opened]);

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('about.title')}
      closeButtonProps={{ 'aria-label': t('about.close') }}
    >
      <Stack gap="md">
        <Text size="sm">{t('about.description')}</Text>
        {state.status === 'loading' && <Text size="sm">{t('about.loading')}</Text>}
        {state.status === 'failed' && <Text size="sm">{t('about.unavailable')}</Text>}
        {state.status === 'ready' && (
          <FactList>
            <Fact label={t('about.version')}>{state.info.version}</Fact>
            <Fact label={t('about.runtime')}>{t(`about.runtimes.${state.info.runtime}`)}</Fact>
            <Fact label={t('about.platform')}>{state.info.platform}</Fact>
          </FactList>
        )}
        <Text size="sm" c="dimmed">
          {t('diagnostics.hint')}
        </Text>
        <Text size="sm" role="status" aria-live="polite">
          {exported.status === 'exporting' && t('diagnostics.exporting')}
          {exported.status === 'saved' && t('diagnostics.saved', { path: exported.path })}
          {exported.status === 'unavailable' && t('diagnostics.unavailable')}
          {exported.status === 'failed' && t('diagnostics.failed')}
        </Text>
        <Group justify="flex-end">
          <Button variant="light" onClick={exportDiagnostic} loading={exported.status === 'exporting'}>
            {t('diagnostics.export')}
          </Button>
          <Button variant="default" onClick={onClose}>
            {t('about.close')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};
