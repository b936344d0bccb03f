import { Alert, Badge, Button, Code, Group, List, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Order } from '../../../shared/model/order.js';
import { useAppActions } from '../../shell/app-actions.js';
import { saveTextFile } from '../orders/save-file.js';
import { useOrders } from '../orders/use-orders.js';
import { IssuedList } from './issued-list.js';
import { useSandbox } from './use-sandbox.js';

const PENDING: readonly Order['state'][] = ['key-ready', 'csr-exported', 'submitted'];

const holderName = (o: Order): string =>
  o.holder.kind === 'structure' ? o.holder.commonName : `${o.holder.givenName} ${o.holder.surname}`;

/**
 * "Bac à sable": rehearse order → retrieve → install → renew → revoke against a local test CA.
 * Everything here is labelled sandbox; its certificates are "valide dans le bac à sable" only.
 */
export const SandboxPage = ({ active }: { active: boolean }) => {
  const { t } = useTranslation();
  const { retrieveFile } = useAppActions();
  const { status, issued, error, busy, issue, revoke, reset } = useSandbox(active);
  const { state: ordersState } = useOrders(active);
  const [orderId, setOrderId] = useState<string | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const [copied, setCopied] = useState(false);
  // The issued certificate's state follows the list (a revocation made since shows there too).
  const issuedCheck = issued
    ? (status?.certificates.find((c) => c.sha256 === issued.certificate.sha256)?.sandboxCheck ??
      issued.certificate.sandboxCheck)
    : null;
  const pending =
    ordersState.status === 'ready'
      ? ordersState.orders.filter((o) => o.environment === 'test' && PENDING.includes(o.state))
      : [];

  return (
    <Stack gap="xl" data-testid="sandbox-page">
      <Stack gap="xs">
        <Group gap="sm">
          <Title order={1} size="h2">
            {t('sandbox.title')}
          </Title>
          <Badge color="orange" variant="filled" size="lg">
            {t('sandbox.badge')}
          </Badge>
        </Group>
        <Text c="dimmed" maw={760}>
          {t('sandbox.intro')}
        </Text>
        <Alert color="orange" variant="light" maw={760} role="note">
          {t('sandbox.warning')}
        </Alert>
      </Stack>

      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('sandbox.stepsTitle')}
        </Title>
        <List type="ordered" spacing={4} maw={760}>
          <List.Item>{t('sandbox.steps.order')}</List.Item>
          <List.Item>{t('sandbox.steps.issue')}</List.Item>
          <List.Item>{t('sandbox.steps.retrieve')}</List.Item>
          <List.Item>{t('sandbox.steps.install')}</List.Item>
        </List>
      </Stack>

      <Paper withBorder p="md" radius="md">
        <Stack gap={4}>
          <Title order={2} size="h4">
            {t('sandbox.statusTitle')}
          </Title>
          {status === null || !status.created ? (
            <Text size="sm">{t('sandbox.notCreated')}</Text>
          ) : (
            <>
              <Text size="sm">{t('sandbox.created', { subject: status.issuingSubject ?? '' })}</Text>
              <Text size="sm">
                {status.serverUrl
                  ? t('sandbox.server', { url: status.serverUrl })
                  : t('sandbox.serverStopped')}
              </Text>
              <Text size="sm" data-testid="sandbox-counts">
                {t('sandbox.counts', { issued: status.issued, revoked: status.revoked })}
              </Text>
            </>
          )}
        </Stack>
      </Paper>

      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('sandbox.issueTitle')}
        </Title>
        {pending.length === 0 ? (
          <Text c="dimmed">{t('sandbox.noOrders')}</Text>
        ) : (
          <Group align="end">
            <Select
              label={t('sandbox.orderLabel')}
              placeholder={t('sandbox.orderPlaceholder')}
              data={pending.map((o) => ({ value: o.id, label: `${o.product} — ${holderName(o)}` }))}
              value={orderId}
              onChange={setOrderId}
              miw={360}
              data-testid="sandbox-order"
            />
            <Button disabled={orderId === null || busy} onClick={() => orderId && void issue(orderId)}>
              {busy ? t('sandbox.issuing') : t('sandbox.issue')}
            </Button>
          </Group>
        )}
        {error && (
          <Alert color="red" role="alert">
            {t(`sandbox.errors.${error}`)}
          </Alert>
        )}
      </Stack>

      {issued && (
        <Paper withBorder p="md" radius="md" data-testid="sandbox-issued-certificate">
          <Stack gap="sm">
            <Group gap="sm">
              <Title order={2} size="h4">
                {t('sandbox.issuedTitle')}
              </Title>
              {issuedCheck && (
                <Badge color={issuedCheck === 'valid' ? 'teal' : 'red'} variant="light">
                  {t(`sandbox.check.${issuedCheck}`)}
                </Badge>
              )}
            </Group>
            <Text size="sm">{issued.certificate.subject}</Text>
            <Text size="sm">{t('sandbox.issuedBody')}</Text>
            <Code block style={{ maxHeight: 160, overflow: 'auto' }}>
              {issued.certificate.pem}
            </Code>
            <Group>
              <Button onClick={() => saveTextFile(issued.certificate.pem, issued.fileName)}>
                {t('sandbox.download')}
              </Button>
              <Button
                variant="default"
                onClick={() =>
                  void navigator.clipboard?.writeText(issued.certificate.pem).then(() => setCopied(true))
                }
              >
                {copied ? t('sandbox.copied') : t('sandbox.copy')}
              </Button>
              <Button
                variant="light"
                // The same bytes as "Télécharger", loaded on the retrieve page: nothing to pick again.
                onClick={() =>
                  retrieveFile(
                    new File([issued.certificate.pem], issued.fileName, { type: 'application/x-pem-file' }),
                  )
                }
                data-testid="sandbox-go-retrieve"
              >
                {t('sandbox.goRetrieve')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}

      <IssuedList
        certificates={status?.certificates ?? []}
        busy={busy}
        onRevoke={(s, r) => void revoke(s, r)}
      />

      <Stack gap="xs" align="flex-start">
        <Text size="sm" c="dimmed">
          {t('sandbox.resetHelp')}
        </Text>
        {confirmReset ? (
          <Group>
            <Button
              color="red"
              disabled={busy}
              onClick={() => {
                setConfirmReset(false);
                void reset();
              }}
            >
              {t('sandbox.resetConfirm')}
            </Button>
            <Button variant="default" onClick={() => setConfirmReset(false)}>
              {t('sandbox.cancel')}
            </Button>
          </Group>
        ) : (
          <Button color="red" variant="outline" onClick={() => setConfirmReset(true)}>
            {t('sandbox.reset')}
          </Button>
        )}
      </Stack>
    </Stack>
  );
};
