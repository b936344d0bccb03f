import { Button } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Order } from '../../../shared/model/order.js';
import { InstallDialog } from './install-dialog.js';
import { tokenOfKeyRef } from '../../../shared/orders/token-key-ref.js';
import { StoreOnTokenButton } from '../tokens/store-on-token.js';

/** Installing needs the certificate and the key still in the vault (a re-install is allowed). */
export const canInstall = (order: Order): boolean =>
  order.certificate !== null &&
  order.keyRef !== null &&
  tokenOfKeyRef(order.keyRef) === null &&
  (order.state === 'issued' || order.state === 'installed');

type InstallButtonProps = { order: Order; size?: 'compact-sm' | 'sm' };

/**
 * Render it unconditionally: it shows the button only when installing is possible, but
 * keeps an open dialog mounted after the order changes under it (deleting the vault copy
 * clears the order's key, and the user must still see that it worked).
 */
export const InstallButton = ({ order, size = 'compact-sm' }: InstallButtonProps) => {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  // A key made on a card or token: the certificate goes onto the token, next to it.
  if (tokenOfKeyRef(order.keyRef) !== null) return <StoreOnTokenButton order={order} size={size} />;
  if (!open && !canInstall(order)) return null;
  return (
    <>
      {canInstall(order) && (
        <Button
          size={size}
          variant={order.state === 'issued' ? 'filled' : 'light'}
          color="teal"
          leftSection={<IconDownload size={14} aria-hidden />}
          onClick={() => setOpen(true)}
          data-testid="order-install"
        >
          {t('install.action')}
        </Button>
      )}
      {/* Mounted only while open: the backup password leaves memory on close. */}
      {open && <InstallDialog order={order} onClose={() => setOpen(false)} />}
    </>
  );
};
