import { ActionIcon, Badge, Group, Paper, Text, Tooltip } from '@mantine/core';
import { IconServer, IconX } from '@tabler/icons-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EndpointView } from '../../../shared/model/inventory.js';
import { useFormat } from '../../format/use-format.js';

type WatchedEndpointsProps = { endpoints: readonly EndpointView[]; onStop: (locator: string) => void };

/** The servers Vigie looks at: each with its last check, what is wrong there, a way to stop. */
export const WatchedEndpoints = memo(({ endpoints, onStop }: WatchedEndpointsProps) => {
  const { t } = useTranslation();
  const format = useFormat();
  if (endpoints.length === 0) return null;
  return (
    <Group gap="xs" align="center" data-testid="watched-endpoints">
      <Text size="sm" c="dimmed" fw={500}>
        {t('endpoints.list')}
      </Text>
      {endpoints.map((e) => (
        <Paper key={e.locator} withBorder radius="xl" px="sm" py={2} data-testid="watched-endpoint">
          <Group gap={6} wrap="nowrap">
            <IconServer size={14} aria-hidden />
            <Text size="xs" ff="monospace" maw={320} truncate="end" title={e.locator}>
              {e.locator}
            </Text>
            {e.checkedAt === null ? (
              <Text size="xs" c="dimmed">
                {t('endpoints.notChecked')}
              </Text>
            ) : e.problems.length === 0 ? (
              <Badge size="xs" color="green" variant="light">
                {t('endpoints.ok')}
              </Badge>
            ) : (
              e.problems.map((p) => (
                <Badge
                  key={p}
                  size="xs"
                  color={p === 'unreachable' || p === 'expired' ? 'red' : 'orange'}
                  variant="light"
                  title={e.error ?? undefined}
                  data-testid="endpoint-problem"
                >
                  {t(`endpoints.problems.${p}`)}
                </Badge>
              ))
            )}
            {e.checkedAt && (
              <Text size="xs" c="dimmed">
                {t('endpoints.checked', { date: format.date(e.checkedAt) })}
              </Text>
            )}
            <Tooltip label={t('endpoints.stop', { endpoint: e.locator })}>
              <ActionIcon
                size="xs"
                variant="subtle"
                color="gray"
                aria-label={t('endpoints.stop', { endpoint: e.locator })}
                onClick={() => onStop(e.locator)}
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
WatchedEndpoints.displayName = 'WatchedEndpoints';
