import { Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCertificate, IconFlask, IconFolderPlus, IconSquarePlus } from '@tabler/icons-react';
import { memo } from 'react';
import { useAppActions } from '../../shell/app-actions.js';
import { useTranslation } from 'react-i18next';
import type { InventoryActions } from './use-inventory-actions.js';

/**
 * A first visit: say what to do, with the two ways in right there, and the sandbox for a
 * rehearsal (the whole life of a certificate on a test one) before the real thing.
 */
export const EmptyState = memo(({ actions, onAdd }: { actions: InventoryActions; onAdd: () => void }) => {
  const { t } = useTranslation();
  const app = useAppActions();
  return (
    <Paper withBorder radius="lg" p="xl" data-testid="certificates-empty">
      <Stack align="center" gap="md" maw={620} mx="auto" ta="center">
        <ThemeIcon size={64} radius="xl" variant="light">
          <IconCertificate size={36} aria-hidden />
        </ThemeIcon>
        <Title order={2} size="h3">
          {t('certificates.empty.title')}
        </Title>
        <Text>{t('certificates.empty.body')}</Text>
        <Group justify="center" gap="sm">
          <Button size="md" leftSection={<IconSquarePlus size={18} aria-hidden />} onClick={onAdd}>
            {t('certificates.add')}
          </Button>
          <Button
            size="md"
            variant="default"
            leftSection={<IconFolderPlus size={18} aria-hidden />}
            onClick={() => void actions.watchFolder()}
            loading={actions.busy === 'folder'}
          >
            {t('certificates.watchFolder')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {t('certificates.empty.hint')}
        </Text>
        <Paper withBorder radius="md" p="md" w="100%" data-testid="certificates-rehearse">
          <Stack gap="xs" align="center">
            <Text fw={600}>{t('certificates.empty.rehearseTitle')}</Text>
            <Text size="sm">{t('certificates.empty.rehearseBody')}</Text>
            <Button
              variant="light"
              leftSection={<IconFlask size={18} aria-hidden />}
              onClick={() => app.navigate('sandbox')}
              data-testid="certificates-rehearse-open"
            >
              {t('certificates.empty.rehearse')}
            </Button>
          </Stack>
        </Paper>
      </Stack>
    </Paper>
  );
});
EmptyState.displayName = 'EmptyState';
