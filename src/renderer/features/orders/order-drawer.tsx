import { Drawer, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Order } from '../../../shared/model/order.js';
import { Fact, FactList } from '../../components/fact-list.js';
import { useFormat } from '../../format/use-format.js';
import { CustodyActions, hasCustody } from '../custody/custody-actions.js';
import { CustodyRule } from '../custody/custody-rule.js';
import { InstallButton } from '../install/install-button.js';
import { EnvBadge } from '../inspector/env-badge.js';
import { Fingerprint } from '../inspector/fingerprint.js';
import { productLabel } from '../inspector/product-label.js';
import { holderLines } from './holder-text.js';
import { OrderStateBadge } from './order-state-badge.js';

type OrderDrawerProps = { order: Order | null; onClose: () => void };

/** One order in full: what, for whom, where it stands, its certificate and what to do with it. */
export const OrderDrawer = ({ order, onClose }: OrderDrawerProps) => {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Drawer
      opened={order !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={t('orders.detailsTitle')}
      closeButtonProps={{ 'aria-label': t('about.close') }}
    >
      {order && (
        <Stack gap="lg" data-testid="order-drawer">
          <Stack gap={6}>
            <Title order={2} size="h4">
              {productLabel(order.product, format.language)}
            </Title>
            <Group gap={6}>
              <EnvBadge environment={order.environment} />
              <OrderStateBadge state={order.state} />
            </Group>
          </Stack>
          <FactList>
            <Fact label={t('orders.columns.holder')}>
              <Text size="sm">{holderLines(order.holder).primary}</Text>
              <Text size="xs" c="dimmed">
                {holderLines(order.holder).secondary}
              </Text>
            </Fact>
            <Fact label={t('orders.createdAt')}>{format.dateTime(order.createdAt)}</Fact>
            {order.renews && (
              <Fact label={t('renew.lineage')} testId="order-renews">
                <Fingerprint hex={order.renews} label={t('renew.lineage')} />
              </Fact>
            )}
            {order.certificate && (
              <>
                <Fact label={t('retrieve.validUntil')}>{format.date(order.certificate.notAfter)}</Fact>
                <Fact label={t('orders.retrievedAt')}>{format.dateTime(order.certificate.retrievedAt)}</Fact>
                <Fact label={t('cert.sha256')}>
                  <Fingerprint hex={order.certificate.sha256} label={t('cert.sha256')} />
                </Fact>
              </>
            )}
          </FactList>
          {hasCustody(order) && (
            <Stack gap="sm">
              <CustodyRule />
              <InstallButton order={order} size="sm" />
              <CustodyActions order={order} direction="row" />
            </Stack>
          )}
          <Stack gap={6}>
            <Title order={3} size="h5">
              {t('orders.history')}
            </Title>
            <List size="sm" spacing={2}>
              {order.history.map((event, i) => (
                <List.Item key={i}>
                  {format.dateTime(event.at)} — {t(`orders.states.${event.state}`)}
                </List.Item>
              ))}
            </List>
          </Stack>
        </Stack>
      )}
    </Drawer>
  );
};
