import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AlgorithmRef } from '../../../shared/model/certificate.js';
import { ekuKey, isKeyUsageKey, purposesOf } from './usages.js';

type UsageSummaryProps = { keyUsage: readonly string[]; extendedKeyUsage: readonly AlgorithmRef[] };

/** What the key may be used for: the purpose first, then the exact flags in plain words. */
export const UsageSummary = ({ keyUsage, extendedKeyUsage }: UsageSummaryProps) => {
  const { t } = useTranslation();
  const purposes = purposesOf({ keyUsage, extendedKeyUsage });
  const flags = [
    ...keyUsage.map((ku) => (isKeyUsageKey(ku) ? t(`keyUsage.${ku}`) : ku)),
    ...extendedKeyUsage.map((eku) => {
      const key = ekuKey(eku.oid);
      return key ? t(`eku.${key}`) : eku.name || eku.oid;
    }),
  ];
  return (
    <Stack gap={4}>
      <Group gap={6}>
        {purposes.length > 0 ? (
          purposes.map((p) => (
            <Badge key={p} variant="outline" color="gray" tt="none" fw={600}>
              {t(`purpose.${p}`)}
            </Badge>
          ))
        ) : (
          <Text size="sm">{t('purpose.unknown')}</Text>
        )}
      </Group>
      {flags.length > 0 && (
        <Text size="xs" c="dimmed">
          {[...new Set(flags)].join(' · ')}
        </Text>
      )}
    </Stack>
  );
};
