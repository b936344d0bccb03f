import { Alert, Button, Code, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecoveryNotice as Notice, SetAsideFile } from '../../shared/model/recovery.js';
import { useApi } from '../api-context.js';

const FileLine = ({ file }: { file: SetAsideFile }) => {
  const { t } = useTranslation();
  const what =
    file.reason === 'damaged'
      ? t(`recovery.reasons.damaged.${file.store}`)
      : t('recovery.reasons.unreadable-entries');
  return (
    <Stack gap={4} component="li">
      <Text size="sm">
        <Text span fw={600}>
          {t(`recovery.stores.${file.store}`)}
        </Text>{' '}
        {what}
      </Text>
      <Text size="xs" c="dimmed">
        {t('recovery.copy')}
      </Text>
      <Code block>{file.path}</Code>
    </Stack>
  );
};

/**
 * Main sends `app.recovery` once at start when it set aside files it could not read (a
 * damaged inventory, a settings or orders file that is not JSON…): this says what, where
 * the copies are, and what Vigie did instead, rather than leaving an unexplained empty page.
 */
export const RecoveryNotice = () => {
  const { t } = useTranslation();
  const api = useApi();
  const [notice, setNotice] = useState<Notice | null>(null);

  useEffect(() => api.events.on('app.recovery', (payload) => setNotice(payload)), [api]);

  const close = () => setNotice(null);
  return (
    <Modal
      opened={notice !== null}
      onClose={close}
      title={t('recovery.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('recovery.closeLabel') }}
    >
      {notice && (
        <Stack gap="md">
          <Alert color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden />}>
            <Text size="sm">{t('recovery.intro')}</Text>
          </Alert>
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {notice.files.map((file) => (
              <FileLine key={file.path} file={file} />
            ))}
          </Stack>
          <Stack gap={4}>
            <Text size="sm">{t('recovery.folder')}</Text>
            <Code block>{notice.folder}</Code>
          </Stack>
          <Text size="sm">{t('recovery.advice')}</Text>
          <Group justify="flex-end">
            <Button onClick={close}>{t('recovery.close')}</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
};
