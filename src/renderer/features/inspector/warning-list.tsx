import { Alert, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ReadErrorCode } from '../../../shared/model/errors.js';
import type { InspectionReport } from '../../../shared/model/inspection.js';
import { useErrorText } from '../../errors/error-alert.js';

/** The reader's warnings with a sentence of their own (readerWarning.* in fr-help.ts). */
const READER_WARNINGS = [
  'pkcs12-encrypted-content',
  'pkcs12-unsupported-container',
  'pkcs12-unsupported-key',
  'pkcs12-key-password',
  'pkcs12-skipped',
  'pkcs12-extra',
  'trailing-data',
  'pem-ignored-block',
  'pkcs7-skipped',
  'pkcs7-signed-content',
  'pkcs7-empty',
  'public-key-only',
] as const;
type ReaderWarning = (typeof READER_WARNINGS)[number];
const isReaderWarning = (code: string): code is ReaderWarning =>
  READER_WARNINGS.includes(code as ReaderWarning);
/** Main's text adds facts (names, counts, reasons) only for these; for the rest it is our sentence in English. */
const WITH_DETAIL: ReadonlySet<string> = new Set([
  'pkcs12-unsupported-container',
  'pkcs12-unsupported-key',
  'pkcs12-skipped',
  'pem-ignored-block',
  'trailing-data',
]);

/**
 * Report warnings, always translated by code: main's text is English for logs and the
 * command line, so it never is the sentence shown here, at most the technical detail.
 * An unknown code gets a generic sentence with main's text as the detail.
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
              <>
                <Text size="sm">
                  {t(isReaderWarning(warning.code) ? `readerWarning.${warning.code}` : 'readerWarning.other')}
                </Text>
                {(!isReaderWarning(warning.code) || WITH_DETAIL.has(warning.code)) && (
                  <Text size="xs" c="dimmed" ff="monospace">
                    {t('common.technicalDetail', { message: warning.message })}
                  </Text>
                )}
              </>
            )}
          </Alert>
        );
      })}
    </Stack>
  );
};
