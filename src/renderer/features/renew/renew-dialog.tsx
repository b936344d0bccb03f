import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InventoryEntry } from '../../../shared/model/inventory.js';
import type { OrderError } from '../../../shared/model/order.js';
import { useApi } from '../../api-context.js';
import { callMain } from '../../errors/call-main.js';
import { useFormat } from '../../format/use-format.js';
import { ProblemAlert } from '../orders/problem-alert.js';
import { useOrderErrorText } from '../orders/order-error-text.js';

type RenewDialogProps = {
  entry: InventoryEntry;
  onClose: () => void;
  /** The renewal (or new) order exists: show it in "Mes commandes". */
  onStarted: (orderId: string) => void;
};

/**
 * What renewing means, then one click. A certificate past its end is not renewable: the
 * dialog says so before anything is asked, and offers the new order instead.
 */
export const RenewDialog = ({ entry, onClose, onStarted }: RenewDialogProps) => {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const errorText = useOrderErrorText();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<OrderError | { code: 'io-error'; message: string } | null>(null);
  // The status was computed by main at listing time; main checks the date again on renew.
  const expired = entry.status === 'expired';

  const start = async (asNewOrder: boolean) => {
    setPending(true);
    setError(null);
    const result = await callMain(() =>
      api.orders.renew({ sha256: entry.sha256, ...(asNewOrder ? { asNewOrder: true } : {}) }),
    );
    setPending(false);
    if (result.ok) onStarted(result.value.id);
    else setError(result.error as OrderError);
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('renew.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('renew.close') }}
    >
      <Stack gap="md" data-testid="renew-dialog">
        <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
          {entry.subject}
        </Text>
        {expired ? (
          <Alert
            color="orange"
            variant="light"
            icon={<IconAlertTriangle aria-hidden />}
            title={t('renew.expiredTitle')}
          >
            {t('renew.expiredBody', { date: format.date(entry.notAfter) })}
          </Alert>
        ) : (
          <>
            <Text size="sm">{t('renew.intro')}</Text>
            <List size="sm" type="ordered" spacing={4}>
              <List.Item>{t('renew.steps.key')}</List.Item>
              <List.Item>{t('renew.steps.platform')}</List.Item>
              <List.Item>{t('renew.steps.retrieve')}</List.Item>
              <List.Item>{t('renew.steps.install')}</List.Item>
            </List>
            <Text size="sm" fw={600}>
              {t('renew.deadline', { date: format.date(entry.renewBy) })}
            </Text>
          </>
        )}
        {error && (
          <ProblemAlert
            text={errorText(error as OrderError)}
            detail={error.message}
            title={t('renew.title')}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('renew.close')}
          </Button>
          <Button
            loading={pending}
            leftSection={<IconRefresh size={18} aria-hidden />}
            onClick={() => void start(expired)}
            data-testid="renew-start"
          >
            {expired ? t('renew.newOrder') : t('renew.start')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};
