import { Alert, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/use-format.js';
import { sizeLimitOf, type UiError } from './ui-error.js';

/** The translated sentence for an error code; main's English message is only a detail. */
export const useErrorText = () => {
  const { t } = useTranslation();
  const format = useFormat();
  return (error: UiError): string =>
    error.code === 'file-too-large'
      ? t('errors.file-too-large', { limit: format.size(sizeLimitOf(error)) })
      : t(`errors.${error.code}`);
};

type ErrorAlertProps = { error: UiError; title?: string };

export const ErrorAlert = ({ error, title }: ErrorAlertProps) => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  return (
    <Alert color="red" variant="light" role="alert" title={title} icon={<IconAlertTriangle aria-hidden />}>
      <Text size="sm">{errorText(error)}</Text>
      {error.message && (
        <Text size="xs" c="dimmed" mt={4} ff="monospace">
          {t('common.technicalDetail', { message: error.message })}
        </Text>
      )}
    </Alert>
  );
};
