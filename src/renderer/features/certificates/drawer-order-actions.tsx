import { Group } from '@mantine/core';
import { CustodyActions } from '../custody/custody-actions.js';
import { InstallButton } from '../install/install-button.js';
import { useOrders } from '../orders/use-orders.js';

/**
 * A certificate Vigie keeps with its key (an order): install it and export it from its
 * drawer, as from "Mes commandes" (the same components decide what is possible).
 */
export const DrawerOrderActions = ({ orderId }: { orderId: string }) => {
  const { state } = useOrders(true);
  const order = state.status === 'ready' ? state.orders.find((o) => o.id === orderId) : undefined;
  if (!order) return null;
  return (
    <Group gap="xs" data-testid="drawer-order-actions">
      <InstallButton order={order} size="sm" />
      <CustodyActions order={order} direction="row" />
    </Group>
  );
};
