import { Button, Stack } from '@mantine/core';
import { IconCertificate, IconCircleCheck, IconFileExport, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Order, OrderError } from '../../../shared/model/order.js';
import { canTransition } from '../../../shared/orders/state-machine.js';
import { useApi } from '../../api-context.js';
import { useAppActions } from '../../shell/app-actions.js';
import { CustodyActions, hasCustody } from '../custody/custody-actions.js';
import { InstallButton } from '../install/install-button.js';
import { DraftKeyButton } from './draft-key.js';
import { useOrderErrorText } from './order-error-text.js';
import { ProblemAlert } from './problem-alert.js';

type OrderActionsProps = {
  order: Order;
  onShowCsr: (order: Order) => void;
  onCancel: (order: Order) => void;
};

/** What can be done with an order in its state: the shared state machine decides. */
export const OrderActions = ({ order, onShowCsr, onCancel }: OrderActionsProps) => {
  const { t } = useTranslation();
  const api = useApi();
  const errorText = useOrderErrorText();
  const { navigate } = useAppActions();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<OrderError | null>(null);
  const { state } = order;
  const hasCsr = order.csrPem !== null && state !== 'cancelled';

  const markSubmitted = async () => {
    setPending(true);
    setError(null);
    try {
      const result = await api.orders.markSubmitted({ orderId: order.id });
      if (!result.ok) setError(result.error);
    } catch (cause) {
      setError({ code: 'io-error', message: cause instanceof Error ? cause.message : String(cause) });
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      <Stack gap={6} align="flex-start">
        <DraftKeyButton order={order} />
        {hasCsr && (
          <Button
            size="compact-sm"
            variant="light"
            leftSection={<IconFileExport size={14} aria-hidden />}
            onClick={() => onShowCsr(order)}
            data-testid="order-export"
          >
            {state === 'key-ready' ? t('orders.exportCsr') : t('orders.exportAgain')}
          </Button>
        )}
        {state === 'csr-exported' && canTransition(state, 'submitted') && (
          <Button
            size="compact-sm"
            variant="light"
            color="teal"
            leftSection={<IconCircleCheck size={14} aria-hidden />}
            onClick={() => void markSubmitted()}
            loading={pending}
            data-testid="order-mark-submitted"
          >
            {t('orders.markSubmitted')}
          </Button>
        )}
        {(state === 'csr-exported' || state === 'submitted') && (
          <Button
            size="compact-sm"
            variant={state === 'submitted' ? 'filled' : 'light'}
            color="teal"
            leftSection={<IconCertificate size={14} aria-hidden />}
            onClick={() => navigate('retrieve')}
            data-testid="order-retrieve"
          >
            {t('orders.received')}
          </Button>
        )}
        <InstallButton order={order} />
        {hasCustody(order) && <CustodyActions order={order} />}
        {canTransition(state, 'cancelled') && (
          <Button
            size="compact-sm"
            variant="subtle"
            color="red"
            leftSection={<IconX size={14} aria-hidden />}
            onClick={() => onCancel(order)}
            data-testid="order-cancel"
          >
            {t('orders.cancel')}
          </Button>
        )}
      </Stack>
      {error && <ProblemAlert text={errorText(error)} detail={error.message} />}
    </>
  );
};
