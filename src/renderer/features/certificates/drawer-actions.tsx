import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconChecks, IconCode, IconRotateClockwise, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryDetail, InventoryEntry } from '../../../shared/model/inventory.js';
import type { Result } from '../../../shared/result.js';
import { useApi } from '../../api-context.js';
import { callMain } from '../../errors/call-main.js';
import { useFormat } from '../../format/use-format.js';
import { DrawerOrderActions } from './drawer-order-actions.js';
import { SnoozeMenu } from './snooze-menu.js';
import { useInventoryErrorText, type Feedback } from './use-inventory-actions.js';
import type { ListError } from './use-inventory.js';
import { useSandboxCertificate } from '../sandbox/use-sandbox-certificate.js';

type DrawerActionsProps = {
  detail: EntryDetail;
  pemShown: boolean;
  onTogglePem: () => void;
  onFeedback: (feedback: Feedback) => void;
  onForgotten: () => void;
  onRenew?: ((entry: InventoryEntry) => void) | undefined;
};

/** What can be done with one certificate, from the drawer. */
/**
 * Vigie renews what the IGC-Santé platform renews: an end-entity certificate of a known
 * product (main says the same, "not-renewable", for anything else). Another certificate is
 * renewed with its own authority; a revoked one cannot be, only ordered again; a look-alike
 * ("non reconnu") is not Vigie's to renew.
 */
const renewable = (entry: InventoryEntry): boolean =>
  entry.igc !== null &&
  entry.igc.product !== null &&
  entry.igc.family !== 'CA' &&
  entry.status !== 'revoked' &&
  entry.status !== 'unrecognised';

export const DrawerActions = ({
  detail,
  pemShown,
  onTogglePem,
  onFeedback,
  onForgotten,
  onRenew,
}: DrawerActionsProps) => {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const errorText = useInventoryErrorText();
  const [confirmForget, setConfirmForget] = useState(false);
  const { entry } = detail;
  const sha256 = entry.sha256;
  const unseen = detail.notified.some((n) => !detail.acknowledged.includes(n));
  // A sandbox certificate has no IGC-Santé names: it renews from its order, to rehearse.
  const sandbox = useSandboxCertificate(sha256);
  const canRenew = renewable(entry) || (sandbox && entry.orderId !== null && entry.status !== 'revoked');

  const run = async (call: () => Promise<Result<null, ListError>>, success: string): Promise<boolean> => {
    const result = await callMain(call);
    onFeedback(result.ok ? { kind: 'success', text: success } : errorText(result.error));
    return result.ok;
  };

  return (
    <>
      {entry.orderId && <DrawerOrderActions orderId={entry.orderId} />}
      <Group gap="xs" data-testid="drawer-actions">
        {onRenew && canRenew && (
          <Button
            leftSection={<IconRotateClockwise size={16} aria-hidden />}
            onClick={() => onRenew(entry)}
            data-testid="drawer-renew"
          >
            {t('certificates.drawer.renew')}
          </Button>
        )}
        {unseen && (
          <Button
            variant="default"
            leftSection={<IconChecks size={16} aria-hidden />}
            onClick={() =>
              void run(() => api.inventory.acknowledge({ sha256 }), t('certificates.drawer.acknowledged'))
            }
            data-testid="drawer-acknowledge"
          >
            {t('certificates.drawer.acknowledge')}
          </Button>
        )}
        <SnoozeMenu
          snoozedUntil={entry.snoozedUntil}
          onSnooze={(until) =>
            void run(
              () => api.inventory.snooze({ sha256, until }),
              until
                ? t('certificates.drawer.snoozed', { date: format.date(until) })
                : t('certificates.drawer.lifted'),
            )
          }
        />
        <Button
          variant="default"
          leftSection={<IconCode size={16} aria-hidden />}
          onClick={onTogglePem}
          aria-expanded={pemShown}
          data-testid="drawer-pem"
        >
          {pemShown ? t('certificates.drawer.hidePem') : t('certificates.drawer.showPem')}
        </Button>
        <Button
          variant="subtle"
          color="red"
          leftSection={<IconTrash size={16} aria-hidden />}
          onClick={() => setConfirmForget(true)}
          data-testid="drawer-forget"
        >
          {t('certificates.drawer.forget')}
        </Button>
      </Group>
      <Modal
        opened={confirmForget}
        onClose={() => setConfirmForget(false)}
        title={t('certificates.drawer.forgetTitle')}
        centered
      >
        <Stack gap="md">
          <Text size="sm">{t('certificates.drawer.forgetBody')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmForget(false)} data-autofocus>
              {t('certificates.drawer.forgetCancel')}
            </Button>
            <Button
              color="red"
              data-testid="forget-confirm"
              onClick={() => {
                setConfirmForget(false);
                void callMain(() => api.inventory.forget({ sha256 })).then((result) =>
                  result.ok ? onForgotten() : onFeedback(errorText(result.error)),
                );
              }}
            >
              {t('certificates.drawer.forgetConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
};
