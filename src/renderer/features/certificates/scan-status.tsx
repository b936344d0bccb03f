import { Alert, Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/use-format.js';
import type { InventoryActions } from './use-inventory-actions.js';

/** A scan in progress (with Cancel), or what the last action gave. */
export const ScanStatus = memo(({ actions }: { actions: InventoryActions }) => {
  const { t } = useTranslation();
  const format = useFormat();
  const { busy, progress, feedback } = actions;
  if (busy) {
    const found = progress?.filesFound ?? 0;
    const done = progress?.filesDone ?? 0;
    return (
      <Paper withBorder p="sm" radius="md" role="status" data-testid="scan-progress">
        <Group justify="space-between" wrap="nowrap" gap="md">
          <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
            <Text size="sm" fw={500} truncate>
              {progress?.kind === 'folder'
                ? t('certificates.scanFolder', { folder: progress.folder })
                : progress?.kind === 'endpoints'
                  ? t('endpoints.checking')
                  : t('certificates.scanning')}
            </Text>
            {progress && (
              <Text size="xs" c="dimmed">
                {t(progress.kind === 'endpoints' ? 'endpoints.checkCounts' : 'certificates.scanCounts', {
                  done: format.number(progress.filesDone),
                  found: format.number(progress.filesFound),
                  certificates: format.number(progress.certificates),
                })}
              </Text>
            )}
            <Progress
              value={found > 0 ? (100 * done) / found : 100}
              animated={found === 0}
              striped={found === 0}
              size="sm"
              aria-hidden
            />
          </Stack>
          <Button variant="default" size="xs" onClick={actions.cancelScan} data-testid="scan-cancel">
            {t('certificates.cancelScan')}
          </Button>
        </Group>
      </Paper>
    );
  }
  if (!feedback) return null;
  const error = feedback.kind === 'error';
  return (
    <Alert
      color={error ? 'red' : 'teal'}
      variant="light"
      role={error ? 'alert' : 'status'}
      icon={error ? <IconAlertTriangle aria-hidden /> : <IconCircleCheck aria-hidden />}
      withCloseButton
      closeButtonLabel={t('about.close')}
      onClose={actions.dismissFeedback}
      data-testid="certificates-feedback"
      data-kind={feedback.kind}
    >
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {feedback.text}
      </Text>
      {error && feedback.detail && (
        <Text size="xs" c="dimmed" mt={4} ff="monospace">
          {t('common.technicalDetail', { message: feedback.detail })}
        </Text>
      )}
    </Alert>
  );
});
ScanStatus.displayName = 'ScanStatus';
