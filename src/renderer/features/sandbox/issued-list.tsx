import { Badge, Button, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SandboxRevocationReason, type SandboxCertificate } from '../../../shared/model/sandbox.js';

const CHECK_COLOR = { valid: 'teal', revoked: 'red', expired: 'gray', invalid: 'red' } as const;

/** The sandbox's certificates: each checked against the sandbox root only, with "Révoquer". */
export const IssuedList = ({
  certificates,
  busy,
  onRevoke,
}: {
  certificates: readonly SandboxCertificate[];
  busy: boolean;
  onRevoke: (sha256: string, reason: SandboxRevocationReason) => void;
}) => {
  const { t, i18n } = useTranslation();
  const [reason, setReason] = useState<SandboxRevocationReason>('keyCompromise');
  const date = (iso: string) => new Date(iso).toLocaleDateString(i18n.language);
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('sandbox.listTitle')}
      </Title>
      {certificates.length === 0 ? (
        <Text c="dimmed">{t('sandbox.listEmpty')}</Text>
      ) : (
        <>
          <Select
            label={t('sandbox.reasonLabel')}
            data={SandboxRevocationReason.options.map((r) => ({
              value: r,
              label: t(`sandbox.reasons.${r}`),
            }))}
            value={reason}
            onChange={(v) => v && setReason(v as SandboxRevocationReason)}
            allowDeselect={false}
            maw={320}
            data-testid="sandbox-reason"
          />
          <Table data-testid="sandbox-issued">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('sandbox.columns.subject')}</Table.Th>
                <Table.Th>{t('sandbox.columns.product')}</Table.Th>
                <Table.Th>{t('sandbox.columns.notAfter')}</Table.Th>
                <Table.Th>{t('sandbox.columns.check')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {certificates.map((c) => (
                <Table.Tr key={c.sha256} data-testid="sandbox-row">
                  <Table.Td>{c.subject}</Table.Td>
                  <Table.Td>{c.product}</Table.Td>
                  <Table.Td>{date(c.notAfter)}</Table.Td>
                  <Table.Td>
                    <Badge color={CHECK_COLOR[c.sandboxCheck]} variant="light">
                      {t(`sandbox.check.${c.sandboxCheck}`)}
                    </Badge>
                    {c.revokedAt && (
                      <Text size="xs" c="dimmed">
                        {t('sandbox.revokedOn', { date: date(c.revokedAt) })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {c.revokedAt === null && (
                      <Button
                        size="xs"
                        color="red"
                        variant="light"
                        disabled={busy}
                        aria-label={t('sandbox.revokeFor', { subject: c.subject })}
                        onClick={() => onRevoke(c.sha256, reason)}
                      >
                        {t('sandbox.revoke')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
};
