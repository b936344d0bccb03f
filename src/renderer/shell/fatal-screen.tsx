import { Alert, Code, Container, Stack, Text, Title } from '@mantine/core';
import { IconAlertOctagon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Shown instead of the app when the main-process API is missing (preload or bridge failed). */
export const FatalScreen = ({ error }: { error: unknown }) => {
  const { t } = useTranslation();
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <Container size="sm" py="xl">
      <Stack gap="md" role="alert">
        <Title order={1} size="h2">
          {t('fatal.title')}
        </Title>
        <Alert color="red" variant="light" role="note" icon={<IconAlertOctagon aria-hidden />}>
          <Text size="sm">{t('fatal.body')}</Text>
        </Alert>
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('fatal.detail')}
          </Text>
          <Code block>{detail}</Code>
        </Stack>
      </Stack>
    </Container>
  );
};
