import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InstallError } from '../../../shared/model/install.js';
import type { Order } from '../../../shared/model/order.js';
import { useApi } from '../../api-context.js';
import { PasswordPair, type PairValue } from '../custody/password-pair.js';
import { ProblemAlert } from '../orders/problem-alert.js';
import { callMain } from '../../errors/call-main.js';

const MIN_BACKUP = 10;

type VaultCopyStepProps = { order: Order; places: string[]; onDone: () => void };

/**
 * After a verified install the key lives twice. The user decides, never silently: delete
 * the vault copy (recommended), or keep an encrypted backup first, or decide later.
 */
export const VaultCopyStep = ({ order, places, onDone }: VaultCopyStepProps) => {
  const { t } = useTranslation();
  const api = useApi();
  const [mode, setMode] = useState<'choose' | 'backup'>('choose');
  const [pair, setPair] = useState<PairValue>({ first: '', again: '' });
  const [submitted, setSubmitted] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<InstallError | null>(null);
  const [done, setDone] = useState<{ backupPath: string | null } | null>(null);

  const destroy = async (backup: { password: string } | null) => {
    setPending(true);
    setError(null);
    const result = await callMain(() =>
      api.install.destroyVaultKey({
        orderId: order.id,
        backup: backup ? { password: backup.password, profile: 'modern' } : null,
      }),
    );
    setPending(false);
    if (result.ok) {
      setDone({ backupPath: result.value.backupPath });
      setPair({ first: '', again: '' });
    } else if (result.error.code !== 'cancelled') setError(result.error);
  };

  const submitBackup = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (pair.first.length < MIN_BACKUP || pair.first !== pair.again || pending) return;
    void destroy({ password: pair.first });
  };

  if (done) {
    return (
      <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} role="status">
        <Stack gap={4} data-testid="vault-copy-destroyed">
          <Text size="sm">{t('install.destroyed', { places: places.join(', ') })}</Text>
          {done.backupPath !== null && (
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {t('install.backupSaved', { path: done.backupPath })}
            </Text>
          )}
        </Stack>
      </Alert>
    );
  }

  return (
    <Stack gap="sm">
      <Text fw={500}>{t('install.custodyTitle')}</Text>
      <Text size="sm">{t('install.custodyIntro')}</Text>
      {mode === 'choose' ? (
        <Group gap="sm">
          <Button
            color="red"
            loading={pending}
            onClick={() => void destroy(null)}
            data-testid="destroy-vault-key"
          >
            {t('install.destroy')}
          </Button>
          <Button variant="light" onClick={() => setMode('backup')} data-testid="destroy-with-backup">
            {t('install.withBackup')}
          </Button>
          <Button variant="subtle" onClick={onDone}>
            {t('install.later')}
          </Button>
        </Group>
      ) : (
        <form onSubmit={submitBackup} noValidate>
          <Stack gap="sm">
            <Text size="sm">{t('install.backupIntro')}</Text>
            <PasswordPair
              value={pair}
              onChange={setPair}
              labels={{
                first: t('install.backupPassword'),
                again: t('install.backupPasswordAgain'),
                hint: t('install.backupHint'),
              }}
              firstError={submitted && pair.first.length < MIN_BACKUP ? t('install.backupShort') : null}
              submitted={submitted}
              testIds={{ first: 'backup-password', again: 'backup-password-again' }}
              disabled={pending}
            />
            <Group gap="sm">
              <Button type="submit" loading={pending} data-testid="backup-confirm">
                {t('install.backupConfirm')}
              </Button>
              <Button variant="subtle" onClick={onDone}>
                {t('install.later')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      {error && (
        <ProblemAlert
          text={t(`install.errors.${error.code}`)}
          detail={error.message}
          title={t('install.destroyFailed')}
        />
      )}
    </Stack>
  );
};
