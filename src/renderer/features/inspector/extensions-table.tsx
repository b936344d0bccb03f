import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ExtensionView } from '../../../shared/model/certificate.js';

/** Every extension as found: decoded summary, critical flag, and decoding errors shown. */
export const ExtensionsTable = ({ extensions }: { extensions: readonly ExtensionView[] }) => {
  const { t } = useTranslation();
  if (extensions.length === 0) return <Text size="sm">{t('common.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table striped withTableBorder fz="xs" verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('tech.extName')}</Table.Th>
            <Table.Th scope="col">{t('tech.extCritical')}</Table.Th>
            <Table.Th scope="col">{t('tech.extValue')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {extensions.map((ext, index) => (
            <Table.Tr key={`${ext.oid}-${index}`}>
              <Table.Td>
                <Text fz="xs" fw={500}>
                  {ext.name ?? ext.oid}
                </Text>
                {ext.name && (
                  <Text fz="xs" c="dimmed" ff="monospace">
                    {ext.oid}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {ext.critical ? (
                  <Badge size="xs" color="grape" variant="light">
                    {t('tech.critical')}
                  </Badge>
                ) : (
                  <Text fz="xs" c="dimmed">
                    {t('common.no')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                {ext.error ? (
                  <Text fz="xs" c="red">
                    {t('tech.decodeError', { error: ext.error })}
                  </Text>
                ) : null}
                {ext.summary.length > 0
                  ? ext.summary.map((line, i) => (
                      <Text fz="xs" key={i}>
                        {line}
                      </Text>
                    ))
                  : !ext.error && (
                      <Text fz="xs" ff="monospace" c="dimmed" lineClamp={3}>
                        {ext.valueHex}
                      </Text>
                    )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
