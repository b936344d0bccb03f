import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Order } from '../../../shared/model/order.js';
import { CsrPanel } from './csr-panel.js';

type CsrDialogProps = { order: Order | null; onClose: () => void };

/** The wizard's last step again, for one order from the list (lost file, second try). */
export const CsrDialog = ({ order, onClose }: CsrDialogProps) => {
  const { t } = useTranslation();
  return (
    <Modal
      opened={order !== null}
      onClose={onClose}
      title={t('orders.csrTitle')}
      size="xl"
      closeButtonProps={{ 'aria-label': t('about.close') }}
    >
      {/* The list refreshes itself from orders.changed; nothing to hand back. */}
      {order && <CsrPanel order={order} testKey={order.product} onOrder={() => undefined} />}
    </Modal>
  );
};
