import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Order, OrderError } from '../../../shared/model/order.js';
import { useApi } from '../../api-context.js';
import { useLanguage } from '../../i18n/use-language.js';
import { productLabel } from '../inspector/product-label.js';
import { useOrderErrorText } from './order-error-text.js';
import { ProblemAlert } from './problem-alert.js';

type CancelDialogProps = { order: Order | null; onClose: () => void };

/** Cancelling cannot be undone: say what it does, and let "keep it" be the easy answer. */
export const CancelDialog = ({ order, onClose }: CancelDialogProps) => {
  const { t } = useTranslation();
  const api = useApi();
  const [language] = useLanguage();
  const errorText = useOrderErrorText();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<OrderError | null>(null);

  const close = () => {
    setError(null);
    onClose();
  };
  const confirm = async () => {
    if (!order) return;
    setPending(true);
    try {
      const result = await api.orders.cancel({ orderId: order.id });
      if (result.ok) close();
      else setError(result.error);
    } catch (cause) {
      setError({ code: 'io-error', message: cause instanceof Error ? cause.message : String(cause) });
    } finally {
      setPending(false);
    }
  };

  return (
    <Modal
      opened={order !== null}
      onClose={close}
      title={t('orders.cancelTitle')}
      closeButtonProps={{ 'aria-label': t('about.close') }}
    >
      {order && (
        <Stack gap="md">
          <Text size="sm" fw={500}>
            {productLabel(order.product, language)}
          </Text>
          <Text size="sm">{t('orders.cancelExplain')}</Text>
          {error && <ProblemAlert text={errorText(error)} detail={error.message} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} data-autofocus>
              {t('orders.keep')}
            </Button>
            <Button color="red" onClick={() => void confirm()} loading={pending} data-testid="cancel-confirm">
              {t('orders.cancelConfirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
};
