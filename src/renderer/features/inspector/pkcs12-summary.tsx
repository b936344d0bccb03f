import { Group, Text } from '@mantine/core';
import { IconShieldCheck, IconShieldQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Pkcs12Summary as Summary } from '../../../shared/model/inspection.js';
import { useFormat } from '../../format/use-format.js';

/** One line on the container itself: integrity state and the protections found. */
export const Pkcs12Summary = ({ summary }: { summary: Summary }) => {
  const { t } = useTranslation();
  const format = useFormat();
  const details = [
    summary.encryption.length > 0 ? t('result.encryption', { list: summary.encryption.join(', ') }) : null,
    summary.macAlgorithm
      ? t('result.mac', {
          algorithm: summary.macAlgorithm,
          iterations: summary.macIterations === null ? '?' : format.number(summary.macIterations),
        })
      : null,
  ].filter((d): d is string => d !== null);
  const verified = summary.integrity === 'verified';
  return (
    <Group gap={8} wrap="nowrap" align="flex-start">
      {verified ? (
        <IconShieldCheck size={18} aria-hidden color="var(--mantine-color-green-filled)" />
      ) : (
        <IconShieldQuestion size={18} aria-hidden color="var(--mantine-color-yellow-filled)" />
      )}
      <div>
        <Text size="sm" fw={500}>
          {t(`result.integrity.${summary.integrity}`)}
        </Text>
        {details.length > 0 && (
          <Text size="xs" c="dimmed">
            {details.join(' · ')}
          </Text>
        )}
      </div>
    </Group>
  );
};
