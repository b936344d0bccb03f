import { Alert, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconKey, IconUnlink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Order } from '../../../shared/model/order.js';
import type { RetrievedCertificate } from '../../../shared/model/retrieve.js';
import { Fact, FactList } from '../../components/fact-list.js';
import { useFormat } from '../../format/use-format.js';
import { ChainStatus } from '../inspector/chain-status.js';
import { EnvBadge } from '../inspector/env-badge.js';
import { Fingerprint } from '../inspector/fingerprint.js';
import { LookAlikeAlert } from '../inspector/look-alike.js';
import { productDescription, productLabel } from '../inspector/product-label.js';
import { RevocationStatus } from './revocation-status.js';
import { SandboxOrigin } from './sandbox-origin.js';

type RetrievedCardProps = {
  certificate: RetrievedCertificate;
  /** The order main matched by public key, as the orders list knows it (null while loading). */
  order: Order | null;
  /**
   * Show the "order" line only when an order matched ("Ajouter un certificat": a file with
   * no order behind it is normal there, not a problem to report).
   */
  orderLine?: 'always' | 'when-matched';
  headingId: string;
};

/** The issued certificate in plain words, and above all: is it the one that was ordered? */
export const RetrievedCard = ({
  certificate: c,
  order,
  headingId,
  orderLine = 'always',
}: RetrievedCardProps) => {
  const { t } = useTranslation();
  const format = useFormat();
  const product = c.product ? productLabel(c.product, format.language) : null;
  const matched = c.matchedOrderId !== null;

  return (
    <Card
      withBorder
      radius="md"
      padding="lg"
      component="article"
      aria-labelledby={headingId}
      data-testid="retrieved-card"
      data-sha256={c.sha256}
    >
      <Stack gap="md">
        <Stack gap={4}>
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Title order={3} size="h4" id={headingId} style={{ overflowWrap: 'anywhere' }}>
              {product ??
                (c.sandbox
                  ? t('retrieve.sandbox.title')
                  : c.environment
                    ? t('retrieve.productUnknown')
                    : t('retrieve.notIgcSante'))}
            </Title>
            {c.environment && <EnvBadge environment={c.environment} />}
          </Group>
          {c.product && (
            <Text size="sm" c="dimmed">
              {productDescription(c.product, format.language)}
            </Text>
          )}
          <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
            {c.subject}
          </Text>
        </Stack>

        {c.sandbox ? (
          <SandboxOrigin />
        ) : (
          c.environment !== null && !c.genuine && <LookAlikeAlert chain={c.chain} />
        )}

        <FactList>
          {(orderLine === 'always' || matched) && (
            <Fact label={t('retrieve.order')} testId="retrieved-order">
              {matched ? (
                <Group gap={6} wrap="nowrap" align="flex-start">
                  <IconCircleCheck size={18} aria-hidden color="var(--mantine-color-green-filled)" />
                  <Text size="sm">
                    {order
                      ? t('retrieve.matchedOrder', {
                          product: productLabel(order.product, format.language),
                          date: format.date(order.createdAt),
                        })
                      : t('retrieve.matchedOrderUnknown')}
                  </Text>
                </Group>
              ) : (
                <Stack gap={4}>
                  <Group gap={6} wrap="nowrap" align="flex-start">
                    <IconUnlink size={18} aria-hidden color="var(--mantine-color-orange-filled)" />
                    <Text size="sm" fw={600}>
                      {t('retrieve.noMatchingOrder')}
                    </Text>
                  </Group>
                  {!c.keyInFile && (
                    <Text size="sm" c="dimmed">
                      {t('retrieve.noMatchingOrderHint')}
                    </Text>
                  )}
                </Stack>
              )}
            </Fact>
          )}
          <Fact label={t('retrieve.validUntil')}>{format.date(c.notAfter)}</Fact>
          <Fact label={t('retrieve.chain')}>
            {c.sandbox ? (
              <Text size="sm">{t('retrieve.sandbox.chain')}</Text>
            ) : (
              <ChainStatus chain={c.chain} />
            )}
          </Fact>
          <Fact label={t('revocation.label')}>
            <RevocationStatus revocation={c.revocation} />
          </Fact>
          <Fact label={t('cert.sha256')}>
            <Fingerprint hex={c.sha256} label={t('cert.sha256')} />
          </Fact>
        </FactList>

        {c.keyInFile && (
          <Group gap={8} wrap="nowrap" align="flex-start" data-testid="key-in-file">
            <IconKey size={18} aria-hidden />
            <Stack gap={2}>
              <Text size="sm" fw={600}>
                {t('retrieve.keyInFile')}
              </Text>
              <Text size="sm" c="dimmed">
                {t('retrieve.keyInFileHint')}
              </Text>
            </Stack>
          </Group>
        )}

        {c.mismatches.length > 0 ? (
          <Alert
            color="orange"
            variant="light"
            title={t('retrieve.mismatchesTitle')}
            icon={<IconAlertTriangle aria-hidden />}
            data-testid="mismatches"
          >
            <List size="sm" spacing={4}>
              {c.mismatches.map((m) => (
                <List.Item key={m}>{t(`retrieve.mismatches.${m}`)}</List.Item>
              ))}
            </List>
          </Alert>
        ) : (
          matched && (
            <Text size="sm" c="green" data-testid="matches-exactly">
              {t('retrieve.matchesExactly')}
            </Text>
          )
        )}
      </Stack>
    </Card>
  );
};
