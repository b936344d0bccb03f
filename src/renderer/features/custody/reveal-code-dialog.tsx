import { Alert, Button, Code, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { IconEyeCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Order, OrderError } from '../../../shared/model/order.js';
import { useApi } from '../../api-context.js';
import { CopyValue } from '../../components/copy-value.js';
import { useOrderErrorText } from '../orders/order-error-text.js';
import { ProblemAlert } from '../orders/problem-alert.js';
import { callMain } from '../../errors/call-main.js';

type Revealed = { secret: string | null };

/**
 * The revocation code is read from the keychain only after the person says nobody can see
 * the screen; it lives in this dialog's state and goes when the dialog closes.
 */
export const RevealCodeDialog = ({ order, onClose }: { order: Order; onClose: () => void }) => {
  const { t } = useTranslation();
  const api = useApi();
  const errorText = useOrderErrorText();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<OrderError | null>(null);
  const [revealed, setRevealed] = useState<Revealed | null>(null);

  const reveal = async () => {
    setPending(true);
    setError(null);
    const result = await callMain(() =>
      api.custody.revealSecret({ orderId: order.id, kind: 'revocation-code' }),
    );
    setPending(false);
    if (result.ok) setRevealed(result.value);
    else setError(result.error);
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('custody.revealTitle')}
      closeButtonProps={{ 'aria-label': t('custody.close') }}
    >
      <Stack gap="md">
        {revealed === null ? (
          <>
            <Title order={3} size="h5">
              {t('custody.revealAsk')}
            </Title>
            <Text size="sm">{t('custody.revealExplain')}</Text>
            {error && (
              <ProblemAlert
                text={errorText(error)}
                detail={error.message}
                title={t('custody.revealFailed')}
              />
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose} data-autofocus>
                {t('custody.close')}
              </Button>
              <Button onClick={() => void reveal()} loading={pending} data-testid="reveal-confirm">
                {t('custody.revealConfirm')}
              </Button>
            </Group>
          </>
        ) : (
          <>
            {revealed.secret === null ? (
              <Text size="sm" data-testid="revealed-none">
                {t('custody.revealNone')}
              </Text>
            ) : (
              <Alert
                color="blue"
                variant="light"
                icon={<IconEyeCheck aria-hidden />}
                title={t('custody.revealed')}
              >
                <Group gap={6} wrap="nowrap">
                  <Code fz="md" data-testid="revealed-secret" style={{ overflowWrap: 'anywhere' }}>
                    {revealed.secret}
                  </Code>
                  <CopyValue value={revealed.secret} what={t('custody.revealed')} />
                </Group>
                <Text size="xs" c="dimmed" mt={6}>
                  {t('custody.revealedHint')}
                </Text>
              </Alert>
            )}
            <Group justify="flex-end">
              <Button onClick={onClose} data-autofocus>
                {t('custody.close')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
};
