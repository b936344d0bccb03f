import { Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconSquarePlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppActions } from '../../shell/app-actions.js';
import { CancelDialog } from './cancel-dialog.js';
import { CsrDialog } from './csr-dialog.js';
import { OrderDrawer } from './order-drawer.js';
import { useOrderErrorText } from './order-error-text.js';
import { OrdersTable } from './orders-table.js';
import { ProblemAlert } from './problem-alert.js';
import { useOrders } from './use-orders.js';

/** "Mes commandes": every order, where it stands and what comes next. */
export const OrdersPage = ({ active }: { active: boolean }) => {
  const { t } = useTranslation();
  const { navigate } = useAppActions();
  const errorText = useOrderErrorText();
  const { state } = useOrders(active);
  const [csrFor, setCsrFor] = useState<string | null>(null);
  const [cancelFor, setCancelFor] = useState<string | null>(null);
  const [detailsFor, setDetailsFor] = useState<string | null>(null);
  const orders = state.status === 'ready' ? state.orders : [];
  // The dialogs follow the list, so an order changed meanwhile is shown as it is now.
  const find = (id: string | null) => orders.find((o) => o.id === id) ?? null;

  return (
    <Stack gap="xl">
      <Group justify="space-between" align="flex-end">
        <Stack gap="xs">
          <Title order={1} size="h2">
            {t('orders.title')}
          </Title>
          <Text c="dimmed" maw={760}>
            {t('orders.intro')}
          </Text>
        </Stack>
        <Button leftSection={<IconSquarePlus size={18} aria-hidden />} onClick={() => navigate('order')}>
          {t('orders.newOrder')}
        </Button>
      </Group>
      {state.status === 'loading' && (
        <Group gap="xs" role="status">
          <Loader size="xs" />
          <Text size="sm">{t('orders.loading')}</Text>
        </Group>
      )}
      {state.status === 'failed' && (
        <ProblemAlert
          text={errorText(state.error)}
          detail={state.error.message}
          title={t('orders.listFailed')}
        />
      )}
      {state.status === 'ready' && orders.length === 0 && (
        <Text c="dimmed" data-testid="orders-empty">
          {t('orders.empty')}
        </Text>
      )}
      {orders.length > 0 && (
        <OrdersTable
          orders={orders}
          onShowCsr={(o) => setCsrFor(o.id)}
          onCancel={(o) => setCancelFor(o.id)}
          onDetails={(o) => setDetailsFor(o.id)}
        />
      )}
      <CsrDialog order={find(csrFor)} onClose={() => setCsrFor(null)} />
      <CancelDialog order={find(cancelFor)} onClose={() => setCancelFor(null)} />
      <OrderDrawer order={find(detailsFor)} onClose={() => setDetailsFor(null)} />
    </Stack>
  );
};
