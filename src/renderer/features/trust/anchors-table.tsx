import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Anchor } from '../../../shared/model/anchor.js';
import { EnvBadge } from '../inspector/env-badge.js';

const KNOWN_SOURCES = ['cryptolib', 'imported', 'configured', 'command-line'] as const;
type KnownSource = (typeof KNOWN_SOURCES)[number];
const isKnownSource = (source: string): source is KnownSource =>
  (KNOWN_SOURCES as readonly string[]).includes(source);

/** Production first, then TEST; by name within each, so the list reads like the hierarchy. */
const sorted = (anchors: readonly Anchor[]) =>
  [...anchors].sort(
    (a, b) => a.environment.localeCompare(b.environment) || a.name.localeCompare(b.name, 'fr'),
  );

export const AnchorsTable = ({ anchors }: { anchors: readonly Anchor[] }) => {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table striped withTableBorder fz="sm" verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('trust.name')}</Table.Th>
            <Table.Th scope="col">{t('trust.environment')}</Table.Th>
            <Table.Th scope="col">{t('trust.source')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted(anchors).map((anchor) => (
            <Table.Tr key={anchor.sha256}>
              <Table.Td>
                <Text size="sm" title={anchor.sha256}>
                  {anchor.name}
                </Text>
              </Table.Td>
              <Table.Td>
                <EnvBadge environment={anchor.environment} />
              </Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {isKnownSource(anchor.source) ? t(`trust.sources.${anchor.source}`) : anchor.source}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
