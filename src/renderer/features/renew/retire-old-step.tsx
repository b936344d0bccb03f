import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Order } from '../../../shared/model/order.js';
import { useApi } from '../../api-context.js';
import { callMain } from '../../errors/call-main.js';

type Outcome = { removedFrom: string[]; failed: string[] } | { error: string };

/**
 * After a renewal reads back from its stores: offer to remove the certificate it replaces
 * everywhere. Offered, never done silently: some users keep the old one until a deadline.
 */
export const RetireOldStep = ({ order }: { order: Order }) => {
  const { t } = useTranslation();
  const api = useApi();
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  if (!order.renews) return null;

  const retire = async () => {
    setPending(true);
    const result = await callMain(() => api.orders.retireRenewed({ orderId: order.id }));
    setPending(false);
    setOutcome(result.ok ? result.value : { error: result.error.message });
  };

  return (
    <Stack gap="xs" data-testid="retire-old">
      <Title order={3} size="h5">
        {t('renew.retireTitle')}
      </Title>
      {outcome === null ? (
        <>
          <Text size="sm">{t('renew.retireBody')}</Text>
          <div>
            <Button
              variant="light"
              color="orange"
              loading={pending}
              leftSection={<IconTrash size={16} aria-hidden />}
              onClick={() => void retire()}
              data-testid="retire-old-run"
            >
              {t('renew.retireAction')}
            </Button>
          </div>
        </>
      ) : 'error' in outcome ? (
        <Alert color="red" variant="light" role="alert">
          {outcome.error}
        </Alert>
      ) : (
        <Stack gap={4} role="status">
          <Text size="sm">
            {outcome.removedFrom.length > 0
              ? t('renew.retired', {
                  count: outcome.removedFrom.length,
                  places: outcome.removedFrom.join(', '),
                })
              : t('renew.retiredNowhere')}
          </Text>
          {outcome.failed.length > 0 && (
            <Text size="sm" c="red">
              {t('renew.retireFailed', { places: outcome.failed.join(', ') })}
            </Text>
          )}
        </Stack>
      )}
    </Stack>
  );
};
