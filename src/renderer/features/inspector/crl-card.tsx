import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { CardFrame, CardHeading } from './card-frame.js';
import { useTranslation } from 'react-i18next';
import type { InspectedItem } from '../../../shared/model/inspection.js';
import { Fact, FactList } from '../../components/fact-list.js';
import { hexPairs } from '../../format/format.js';
import { useFormat } from '../../format/use-format.js';
import { CollapsibleSection } from './collapsible-section.js';
import { ExtensionsTable } from './extensions-table.js';
import { Fingerprint } from './fingerprint.js';
import { PemBlock } from './pem-block.js';
import { issuerLabel } from './subject.js';

type CrlItem = Extract<InspectedItem, { kind: 'crl' }>;

export const CrlCard = ({ item, headingId }: { item: CrlItem; headingId: string }) => {
  const { t } = useTranslation();
  const format = useFormat();
  const { crl } = item;
  const [now] = useState(Date.now);
  const overdue = crl.nextUpdate !== null && new Date(crl.nextUpdate).getTime() < now;
  return (
    <CardFrame headingId={headingId} testId="crl-card">
      <Stack gap="md">
        <CardHeading kicker={t('crl.title')} headingId={headingId}>
          {issuerLabel(crl)}
        </CardHeading>
        <FactList>
          <Fact label={t('crl.thisUpdate')}>{format.dateTime(crl.thisUpdate)}</Fact>
          <Fact label={t('crl.nextUpdate')}>
            <Group gap={6}>
              {crl.nextUpdate ? format.dateTime(crl.nextUpdate) : t('crl.noNextUpdate')}
              {overdue && (
                <Badge color="red" variant="filled">
                  {t('crl.overdue')}
                </Badge>
              )}
            </Group>
          </Fact>
          {crl.crlNumber && <Fact label={t('crl.number')}>{crl.crlNumber}</Fact>}
          {crl.isDelta && <Fact label={t('crl.delta')}>{t('common.yes')}</Fact>}
          <Fact label={t('crl.revokedLabel')}>{t('crl.revoked', { count: crl.revokedCount })}</Fact>
          <Fact label="SHA-256">
            <Fingerprint hex={crl.sha256} label="SHA-256" />
          </Fact>
        </FactList>
        <CollapsibleSection showLabel={t('tech.show')} hideLabel={t('tech.hide')}>
          <Stack gap="md">
            {crl.revoked.length > 0 && (
              <Stack gap={4}>
                <Text size="xs" c="dimmed">
                  {t('crl.shown', { count: crl.revoked.length })}
                </Text>
                <Table.ScrollContainer minWidth={480} mah={240}>
                  <Table striped withTableBorder fz="xs" verticalSpacing={2}>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('crl.serial')}</Table.Th>
                        <Table.Th scope="col">{t('crl.date')}</Table.Th>
                        <Table.Th scope="col">{t('crl.reason')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {crl.revoked.map((entry) => (
                        <Table.Tr key={entry.serialNumber}>
                          <Table.Td ff="monospace">{hexPairs(entry.serialNumber)}</Table.Td>
                          <Table.Td>{format.date(entry.revocationDate)}</Table.Td>
                          <Table.Td>{entry.reason ?? '—'}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </Stack>
            )}
            <ExtensionsTable extensions={crl.extensions} />
            <PemBlock pem={crl.pem} />
          </Stack>
        </CollapsibleSection>
      </Stack>
    </CardFrame>
  );
};
