import { Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCircleX, IconHelpCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ChainReport } from '../../../shared/model/chain.js';
import { useAppActions } from '../../shell/app-actions.js';

/** Whether the certificate leads to a pinned IGC-Santé authority, in one sentence. */
export const ChainStatus = ({ chain }: { chain: ChainReport | null }) => {
  const { t } = useTranslation();
  const { openTrust } = useAppActions();

  if (!chain) {
    return (
      <Group gap={6} wrap="nowrap" data-testid="chain-status" data-status="none">
        <IconHelpCircle size={18} aria-hidden color="var(--mantine-color-dimmed)" />
        <Text size="sm" c="dimmed">
          {t('chain.notEvaluated')}
        </Text>
      </Group>
    );
  }
  if (chain.status === 'valid') {
    return (
      <Group gap={6} wrap="nowrap" data-testid="chain-status" data-status="valid">
        <IconCircleCheck size={18} aria-hidden color="var(--mantine-color-green-filled)" />
        <Text size="sm">{t('chain.valid', { anchor: chain.anchor?.name ?? '?' })}</Text>
      </Group>
    );
  }
  if (chain.status === 'invalid') {
    const reason = chain.reason ? t(`chain.reasons.${chain.reason}`) : t('common.unknown');
    return (
      <Group gap={6} wrap="nowrap" data-testid="chain-status" data-status="invalid">
        <IconCircleX size={18} aria-hidden color="var(--mantine-color-red-filled)" />
        <Text size="sm" c="red">
          {t('chain.invalid', { reason })}
        </Text>
      </Group>
    );
  }
  return (
    <Stack gap={6} align="flex-start" data-testid="chain-status" data-status="unknown-anchor">
      <Group gap={6} wrap="nowrap" align="flex-start">
        <IconAlertTriangle size={18} aria-hidden color="var(--mantine-color-orange-filled)" />
        <Text size="sm">{t('chain.unknownAnchor')}</Text>
      </Group>
      <Button size="compact-sm" variant="light" onClick={() => openTrust({ pick: true })}>
        {t('chain.unknownAnchorAction')}
      </Button>
    </Stack>
  );
};
