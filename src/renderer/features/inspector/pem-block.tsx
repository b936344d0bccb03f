import { Code, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CopyValue } from '../../components/copy-value.js';

/** The PEM text, scrollable and copyable (handy to paste into a ticket or a config). */
export const PemBlock = ({ pem }: { pem: string }) => {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Group gap={4}>
        <Text size="sm" fw={500}>
          {t('tech.pem')}
        </Text>
        <CopyValue value={pem} what={t('tech.pemLabel')} />
      </Group>
      <Code block fz="xs" mah={180} style={{ overflow: 'auto' }}>
        {pem.trim()}
      </Code>
    </Stack>
  );
};
