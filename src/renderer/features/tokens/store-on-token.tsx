import { Alert, Button, Text } from '@mantine/core';
import { IconCreditCard } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Order } from '../../../shared/model/order.js';
import type { TokenError, TokenSummary } from '../../../shared/model/token.js';
import { tokenOfKeyRef } from '../../../shared/orders/token-key-ref.js';
import { useApi } from '../../api-context.js';
import { PinDialog } from './pin-dialog.js';
import { thrownTokenError } from './token-error-text.js';

type StoreOnTokenButtonProps = { order: Order; size?: 'compact-sm' | 'sm' };

/**
 * For an order whose key was made on a card or token: "Enregistrer sur la carte" puts the
 * issued certificate there, next to its key (main reads it back before saying so). The
 * card must be in its reader; if it is not, the user is told which one to insert.
 */
export const StoreOnTokenButton = ({ order, size = 'compact-sm' }: StoreOnTokenButtonProps) => {
  const { t } = useTranslation();
  const api = useApi();
  const [token, setToken] = useState<TokenSummary | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const ref = tokenOfKeyRef(order.keyRef);
  if (ref === null || order.certificate === null || order.state !== 'issued') return null;

  const open = async () => {
    setNotice(null);
    const view = await api.tokens.view({}).catch(() => null);
    const slot = view?.slots.find((s) => s.module === ref.module && s.token?.serial === ref.serial);
    if (!slot?.token) return setNotice(t('tokens.store.insert', { serial: ref.serial }));
    setToken(slot.token);
  };

  const submit = async (pin: string): Promise<TokenError | null> => {
    const stored = await api.orders.storeOnToken({ orderId: order.id, pin }).catch((c: unknown) => ({
      ok: false as const,
      error: { code: 'token-failed' as const, message: '', token: thrownTokenError(c) },
    }));
    if (stored.ok) return null;
    if (stored.error.code === 'token-failed' && stored.error.token) return stored.error.token;
    // Not the card's doing (the order changed meanwhile…): said outside the PIN dialog.
    setNotice(t(`orders.errors.${stored.error.code}`));
    return null;
  };

  return (
    <>
      <Button
        size={size}
        color="teal"
        leftSection={<IconCreditCard size={14} aria-hidden />}
        onClick={() => void open()}
        data-testid="order-store-on-token"
      >
        {t('tokens.store.action')}
      </Button>
      {notice && (
        <Alert color="orange" variant="light" role="status" data-testid="store-on-token-notice">
          <Text size="sm">{notice}</Text>
        </Alert>
      )}
      <PinDialog
        token={token}
        purpose={t('tokens.store.purpose')}
        submitLabel={t('tokens.store.action')}
        onSubmit={submit}
        onClose={() => setToken(null)}
      />
    </>
  );
};
