import { Button, Group, Stack } from '@mantine/core';
import { IconEye, IconFileExport, IconServer } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tokenOfKeyRef } from '../../../shared/orders/token-key-ref.js';
import type { Order } from '../../../shared/model/order.js';
import { ExportP12Dialog } from './export-p12-dialog.js';
import { ExportPemDialog } from './export-pem-dialog.js';
import { RevealCodeDialog } from './reveal-code-dialog.js';

type Dialog = 'p12' | 'pem' | 'reveal' | null;

/** Only an order whose certificate came back has something to export. */
export const hasCustody = (order: Order): boolean =>
  order.certificate !== null && (order.state === 'issued' || order.state === 'installed');

type CustodyActionsProps = { order: Order; direction?: 'row' | 'column' };

/** Export and reveal buttons, each opening its dialog for this order. */
export const CustodyActions = ({ order, direction = 'column' }: CustodyActionsProps) => {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Dialog>(null);
  const close = () => setOpen(null);
  const size = direction === 'column' ? 'compact-sm' : 'sm';
  // Exports need the key in the vault; once it lives only in a store, they are gone. A key
  // made on a card or token never leaves it: nothing to export.
  const exportable = order.keyRef !== null && tokenOfKeyRef(order.keyRef) === null;
  const buttons = (
    <>
      {exportable && (
        <Button
          size={size}
          variant="light"
          leftSection={<IconFileExport size={14} aria-hidden />}
          onClick={() => setOpen('p12')}
          data-testid="order-export-p12"
        >
          {t('custody.exportP12')}
        </Button>
      )}
      {exportable && (
        <Button
          size={size}
          variant="light"
          leftSection={<IconServer size={14} aria-hidden />}
          onClick={() => setOpen('pem')}
          data-testid="order-export-pem"
        >
          {t('custody.exportPem')}
        </Button>
      )}
      <Button
        size={size}
        variant="subtle"
        leftSection={<IconEye size={14} aria-hidden />}
        onClick={() => setOpen('reveal')}
        data-testid="order-reveal-code"
      >
        {t('custody.revealCode')}
      </Button>
    </>
  );
  return (
    <>
      {direction === 'column' ? (
        <Stack gap={6} align="flex-start">
          {buttons}
        </Stack>
      ) : (
        <Group gap="sm">{buttons}</Group>
      )}
      {/* Mounted only while open: passwords and the revealed code leave memory on close. */}
      {open === 'p12' && <ExportP12Dialog order={order} onClose={close} />}
      {open === 'pem' && <ExportPemDialog order={order} onClose={close} />}
      {open === 'reveal' && <RevealCodeDialog order={order} onClose={close} />}
    </>
  );
};
