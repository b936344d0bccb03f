import { Alert, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ReadErrorCode } from '../../../shared/model/errors.js';
import type { InspectionReport } from '../../../shared/model/inspection.js';
import { useErrorText } from '../../errors/error-alert.js';

/**
 * Report warnings. When the code is one we translate (an object of the file that could
 * not be read), the sentence is ours and main's text becomes the detail; other codes are
 * free-form notes from the reader, shown as sent.
 */
export const WarningList = ({ warnings }: { warnings: InspectionReport['warnings'] }) => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  if (warnings.length === 0) return null;
  return (
    <Stack gap="xs">
      {warnings.map((warning, index) => {
        const code = ReadErrorCode.safeParse(warning.code);
        return (
          <Alert
            key={`${warning.code}-${index}`}
            color="orange"
            // Mantine defaults to role="alert"; warnings are part of the result, not interruptions.
            role="note"
            variant="light"
            title={t('result.warningTitle')}
            icon={<IconAlertCircle aria-hidden />}
          >
            {warning.code === 'pem-broken-block' ? (
              <>
                <Text size="sm">
                  {t('result.brokenBlock', {
                    label: warning.detail?.['label'] ?? '?',
                    ordinal: warning.detail?.['ordinal'] ?? '?',
                    line: warning.detail?.['line'] ?? '?',
                  })}
                </Text>
                <Text size="xs" c="dimmed" ff="monospace">
                  {t('common.technicalDetail', { message: warning.message })}
                </Text>
              </>
            ) : code.success ? (
              <>
                <Text size="sm">{errorText({ code: code.data, message: warning.message })}</Text>
                <Text size="xs" c="dimmed" ff="monospace">
                  {t('common.technicalDetail', { message: warning.message })}
                </Text>
              </>
            ) : (
              <Text size="sm">{warning.message}</Text>
            )}
          </Alert>
        );
      })}
    </Stack>
  );
};
