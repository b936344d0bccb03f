import { Anchor, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Order } from '../../../shared/model/order.js';
import { nextStep, nextStepLabel } from '../../../shared/orders/state-machine.js';
import { useFormat } from '../../format/use-format.js';
import { EnvBadge } from '../inspector/env-badge.js';
import { productLabel } from '../inspector/product-label.js';
import { holderLines } from './holder-text.js';
import { OrderActions } from './order-actions.js';
import { OrderStateBadge } from './order-state-badge.js';
import { projectNames } from './wizard/plan.js';

type OrdersTableProps = {
  orders: readonly Order[];
  onShowCsr: (order: Order) => void;
  onCancel: (order: Order) => void;
  onDetails: (order: Order) => void;
};

export const OrdersTable = ({ orders, onShowCsr, onCancel, onDetails }: OrdersTableProps) => {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={880}>
      <Table verticalSpacing="sm" highlightOnHover data-testid="orders-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('orders.columns.certificate')}</Table.Th>
            <Table.Th>{t('orders.columns.holder')}</Table.Th>
            <Table.Th>{t('orders.columns.state')}</Table.Th>
            <Table.Th>{t('orders.columns.next')}</Table.Th>
            <Table.Th>{t('orders.columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {orders.map((order) => {
            const holder = holderLines(order.holder);
            return (
              <Table.Tr
                key={order.id}
                data-testid="order-row"
                data-order-id={order.id}
                style={{ verticalAlign: 'top' }}
              >
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {productLabel(order.product, format.language)}
                  </Text>
                  {order.projects.length > 0 && (
                    <Text size="xs" c="dimmed">
                      {projectNames(order.projects, format.language)}
                    </Text>
                  )}
                  <Text size="xs" c="dimmed" mt={4}>
                    {t('orders.created', { date: format.date(order.createdAt) })}
                  </Text>
                  <Anchor
                    component="button"
                    type="button"
                    size="xs"
                    onClick={() => onDetails(order)}
                    data-testid="order-details"
                  >
                    {t('orders.details')}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                    {holder.primary}
                  </Text>
                  <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {holder.secondary}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {/* Badges clip their text when squeezed: this column is never narrower than them. */}
                  <Stack gap={6} align="flex-start" style={{ minWidth: 'max-content' }}>
                    <EnvBadge environment={order.environment} />
                    <OrderStateBadge state={order.state} />
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{nextStepLabel(nextStep(order), format.language)}</Text>
                  <Text size="xs" c="dimmed" mt={4}>
                    {t('orders.updated', { date: format.date(order.updatedAt) })}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <OrderActions order={order} onShowCsr={onShowCsr} onCancel={onCancel} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
