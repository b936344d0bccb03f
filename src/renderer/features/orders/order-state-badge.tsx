import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrderState } from '../../../shared/model/order.js';

const COLOR: Readonly<Record<OrderState, string>> = {
  draft: 'gray',
  'key-ready': 'blue',
  'csr-exported': 'indigo',
  submitted: 'violet',
  issued: 'teal',
  installed: 'green',
  cancelled: 'red',
};

export const OrderStateBadge = ({ state }: { state: OrderState }) => {
  const { t } = useTranslation();
  return (
    <Badge
      color={COLOR[state]}
      variant="light"
      data-testid="order-state"
      data-state={state}
      style={{ flexShrink: 0 }}
    >
      {t(`orders.states.${state}`)}
    </Badge>
  );
};
