import { ActionIcon, Group, Paper, Text, Tooltip } from '@mantine/core';
import { IconFolder, IconX } from '@tabler/icons-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { WatchedFolder } from '../../../shared/model/inventory.js';
import { useFormat } from '../../format/use-format.js';

type WatchedFoldersProps = { folders: readonly WatchedFolder[]; onStop: (path: string) => void };

/** The folders Vigie keeps reading, each with when it last did and a way to stop. */
export const WatchedFolders = memo(({ folders, onStop }: WatchedFoldersProps) => {
  const { t } = useTranslation();
  const format = useFormat();
  if (folders.length === 0) return null;
  return (
    <Group gap="xs" align="center" data-testid="watched-folders">
      <Text size="sm" c="dimmed" fw={500}>
        {t('certificates.folders')}
      </Text>
      {folders.map((f) => (
        <Paper key={f.path} withBorder radius="xl" px="sm" py={2} data-testid="watched-folder">
          <Group gap={6} wrap="nowrap">
            <IconFolder size={14} aria-hidden />
            <Text size="xs" ff="monospace" maw={360} truncate="start" title={f.path}>
              {f.path}
            </Text>
            <Text size="xs" c="dimmed">
              {f.lastScan
                ? t('certificates.lastScan', { date: format.date(f.lastScan) })
                : t('certificates.neverScanned')}
            </Text>
            <Tooltip label={t('certificates.stopWatching', { folder: f.path })}>
              <ActionIcon
                size="xs"
                variant="subtle"
                color="gray"
                aria-label={t('certificates.stopWatching', { folder: f.path })}
                onClick={() => onStop(f.path)}
              >
                <IconX size={12} aria-hidden />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Paper>
      ))}
    </Group>
  );
});
WatchedFolders.displayName = 'WatchedFolders';
