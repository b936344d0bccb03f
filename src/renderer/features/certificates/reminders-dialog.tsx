import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeadlineSettingsView } from '../../../shared/model/inventory.js';
import { useApi } from '../../api-context.js';
import { callMain } from '../../errors/call-main.js';
import { DeadlineFields, parseDays } from './deadline-fields.js';

type RemindersDialogProps = { settings: DeadlineSettingsView; onClose: () => void };

/** The notification thresholds and the "renouveler maintenant" limit, for every certificate. */
export const RemindersDialog = ({ settings, onClose }: RemindersDialogProps) => {
  const { t } = useTranslation();
  const api = useApi();
  const [text, setText] = useState(settings.thresholds.join(', '));
  const [renewNow, setRenewNow] = useState<number>(settings.renewNowDays);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const days = parseDays(text);

  const save = async () => {
    if (!days) return setError(t('reminders.invalid'));
    setPending(true);
    const saved = await callMain(() =>
      api.inventory.setDeadlines({ thresholds: days, renewNowDays: renewNow }),
    );
    setPending(false);
    if (saved.ok) onClose();
    else setError(saved.error.message);
  };

  return (
    <Modal opened onClose={onClose} title={t('reminders.title')} size="md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('reminders.intro')}
          </Text>
          <DeadlineFields
            text={text}
            onText={(next) => {
              setText(next);
              setError(null);
            }}
            renewNow={renewNow}
            onRenewNow={setRenewNow}
            error={error}
            testId="reminders"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('reminders.cancel')}
            </Button>
            <Button type="submit" loading={pending} disabled={!days} data-testid="reminders-save">
              {t('reminders.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
