import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Order, OrderError } from '../../../shared/model/order.js';
import type { TokenError } from '../../../shared/model/token.js';
import { useApi } from '../../api-context.js';
import { PinDialog } from '../tokens/pin-dialog.js';
import { thrownTokenError } from '../tokens/token-error-text.js';
import { vaultUsable, useVaultStatus } from '../vault/use-vault-status.js';
import { VaultPanel } from '../vault/vault-panel.js';
import { useOrderErrorText } from './order-error-text.js';
import { KeyPlaceChoice, VAULT_PLACE, type KeyPlace } from './wizard/key-place.js';

const thrown = (cause: unknown): OrderError => ({
  code: 'io-error',
  message: cause instanceof Error ? cause.message : String(cause),
});

/**
 * A draft made outside the wizard (a renewal: same product and holder, a new key) gets its
 * key and CSR here: in the vault, or on a card or token present, with its PIN.
 */
const DraftKeyDialog = ({ order, onClose }: { order: Order; onClose: () => void }) => {
  const { t } = useTranslation();
  const api = useApi();
  const errorText = useOrderErrorText();
  const vault = useVaultStatus(true);
  const [place, setPlace] = useState<KeyPlace>(VAULT_PLACE);
  const [askingPin, setAskingPin] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<OrderError | null>(null);
  const onToken = place.kind === 'token';
  const ready = onToken || (vault.state.status === 'ready' && vaultUsable(vault.state.vault));

  const generate = async (pin?: string): Promise<Result> => {
    setPending(true);
    setError(null);
    const args =
      place.kind === 'token' && pin !== undefined
        ? { orderId: order.id, onToken: { token: place.ref, pin } }
        : { orderId: order.id };
    const done = await api.orders
      .generateKey(args)
      .catch((c: unknown) => ({ ok: false as const, error: thrown(c) }));
    setPending(false);
    if (done.ok) {
      onClose();
      return null;
    }
    // The card's own refusals (wrong PIN…) are said in the PIN dialog, which stays open.
    if (done.error.code === 'token-failed' && done.error.token) return done.error.token;
    setError(done.error);
    return null;
  };

  return (
    <>
      <Modal opened onClose={onClose} title={t('orders.draftKey.title')} size="lg">
        <Stack gap="md" data-testid="draft-key-dialog">
          <Text size="sm">{t('orders.draftKey.intro')}</Text>
          <KeyPlaceChoice value={place} onChange={setPlace} disabled={pending} />
          {!onToken && <VaultPanel state={vault.state} onReady={vault.replace} onRetry={vault.reload} />}
          {error && (
            <Alert color="red" variant="light" role="alert">
              <Text size="sm">{errorText(error)}</Text>
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={pending}>
              {t('orders.draftKey.cancel')}
            </Button>
            <Button
              leftSection={<IconKey size={16} aria-hidden />}
              disabled={!ready}
              loading={pending}
              onClick={() => (onToken ? setAskingPin(true) : void generate())}
              data-testid="draft-key-generate"
            >
              {t('orders.draftKey.generate')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <PinDialog
        token={askingPin && place.kind === 'token' ? place.token : null}
        purpose={t('wizard.keys.pinPurpose', { count: 1 })}
        submitLabel={t('orders.draftKey.generate')}
        onSubmit={async (pin) => generate(pin).catch((c: unknown) => thrownTokenError(c))}
        onClose={() => setAskingPin(false)}
      />
    </>
  );
};

type Result = TokenError | null;

/** "Générer la clé": shown on a draft order. */
export const DraftKeyButton = ({ order }: { order: Order }) => {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (order.state !== 'draft') return null;
  return (
    <>
      <Button
        size="compact-sm"
        leftSection={<IconKey size={14} aria-hidden />}
        onClick={() => setOpen(true)}
        data-testid="order-generate-key"
      >
        {t('orders.draftKey.action')}
      </Button>
      {open && <DraftKeyDialog order={order} onClose={() => setOpen(false)} />}
    </>
  );
};
