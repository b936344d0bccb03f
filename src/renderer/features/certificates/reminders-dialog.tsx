import { Button, Group, Modal, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeadlineSettingsView } from '../../../shared/model/inventory.js';
import { useApi } from '../../api-context.js';
import { callMain } from '../../errors/call-main.js';

type RemindersDialogProps = { settings: DeadlineSettingsView; onClose: () => void };

/** "90, 60, 30" → [90, 60, 30]; null when any part is not a whole number of days. */
const parseDays = (text: string): number[] | null => {
  const parts = text.split(/[,;\s]+/).filter((p) => p !== '');
  const days = parts.map(Number);
  return parts.length <= 20 && days.every((d) => Number.isInteger(d) && d >= 0 && d <= 3650)
    ? [...new Set(days)].sort((a, b) => b - a)
    : null;
};

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
          <TextInput
            label={t('reminders.thresholds')}
            value={text}
            onChange={(e) => {
              setText(e.currentTarget.value);
              setError(null);
            }}
            error={error ?? (days ? undefined : t('reminders.invalid'))}
            data-testid="reminders-thresholds"
            data-autofocus
          />
          <NumberInput
            label={t('reminders.renewNow')}
            value={renewNow}
            onChange={(v) => setRenewNow(typeof v === 'number' ? v : Number(v) || 0)}
            min={0}
            max={3650}
            allowDecimal={false}
            data-testid="reminders-renew-now"
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
