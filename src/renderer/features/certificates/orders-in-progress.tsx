import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconHourglass } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Order } from '../../../shared/model/order.js';
import { useFormat } from '../../format/use-format.js';
import { useAppActions } from '../../shell/app-actions.js';
import { EnvBadge } from '../inspector/env-badge.js';
import { productLabel } from '../inspector/product-label.js';
import { holderLines } from '../orders/holder-text.js';
import { OrderStateBadge } from '../orders/order-state-badge.js';
import { useOrders } from '../orders/use-orders.js';

const IN_THE_MAKING: ReadonlySet<Order['state']> = new Set([
  'draft',
  'key-ready',
  'csr-exported',
  'submitted',
]);

/**
 * Certificates in the making: orders not issued yet, above the list, each leading to its
 * next step in "Mes commandes". Nothing is shown when there are none.
 */
export const OrdersInProgress = ({ active }: { active: boolean }) => {
  const { t } = useTranslation();
  const format = useFormat();
  const { navigate } = useAppActions();
  const { state } = useOrders(active);
  const making = state.status === 'ready' ? state.orders.filter((o) => IN_THE_MAKING.has(o.state)) : [];
  if (making.length === 0) return null;
  return (
    <Stack gap="xs" data-testid="orders-in-progress">
      <Group gap={6}>
        <IconHourglass size={16} aria-hidden />
        <Title order={2} size="h5">
          {t('inProgress.title', { count: making.length })}
        </Title>
      </Group>
      <Group gap="sm">
        {making.map((o) => (
          <Paper key={o.id} withBorder radius="md" p="sm" data-testid="order-in-progress">
            <Stack gap={4}>
              <Group gap={6} wrap="nowrap">
                <Text size="sm" fw={600}>
                  {productLabel(o.product, format.language)}
                </Text>
                <EnvBadge environment={o.environment} />
              </Group>
              <Text size="xs" c="dimmed">
                {holderLines(o.holder).primary}
              </Text>
              <Group gap={6} justify="space-between">
                <OrderStateBadge state={o.state} />
                <Button size="compact-xs" variant="subtle" onClick={() => navigate('orders')}>
                  {t('inProgress.next')}
                </Button>
              </Group>
            </Stack>
          </Paper>
        ))}
      </Group>
    </Stack>
  );
};
