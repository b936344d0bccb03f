import { Alert, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type ProblemAlertProps = {
  /** Our translated sentence. */
  text: string;
  /** Main's English message, shown small as a detail for support. */
  detail?: string | undefined;
  title?: string;
  children?: ReactNode;
};

/** Same look as the inspector's ErrorAlert, for order and vault error codes. */
export const ProblemAlert = ({ text, detail, title, children }: ProblemAlertProps) => {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" role="alert" title={title} icon={<IconAlertTriangle aria-hidden />}>
      <Text size="sm">{text}</Text>
      {detail && (
        <Text size="xs" c="dimmed" mt={4} ff="monospace">
          {t('common.technicalDetail', { message: detail })}
        </Text>
      )}
      {children}
    </Alert>
  );
};
