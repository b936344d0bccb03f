import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryDeadlines, EntryDetail } from '../../../shared/model/inventory.js';
import { useApi } from '../../api-context.js';
import { callMain } from '../../errors/call-main.js';
import { DeadlineFields, parseDays } from './deadline-fields.js';

const sameDays = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((d, i) => d === b[i]);

/**
 * The drawer's "Rappels": the thresholds and "renouveler maintenant" limit this certificate
 * follows (its own, else the general ones), and a form to change them for it alone. A field
 * left at the general value is saved as "the general one" (null), so it follows later
 * changes of the general settings.
 */
export const DrawerReminders = ({ detail }: { detail: EntryDetail }) => {
  const { t } = useTranslation();
  const { deadlines } = detail;
  const [editing, setEditing] = useState(false);
  if (!deadlines) return null;
  const { own, global } = deadlines;
  const thresholds = own.thresholds ?? global.thresholds;
  const renewNow = own.renewNowDays ?? global.renewNowDays;
  const isOwn = own.thresholds !== null || own.renewNowDays !== null;
  return (
    <Stack gap={6} data-testid="drawer-reminders">
      <Group gap="xs">
        <Title order={3} size="h5">
          {t('reminders.certificate.title')}
        </Title>
        <Badge
          variant="light"
          color={isOwn ? 'blue' : 'gray'}
          tt="none"
          data-testid="drawer-reminders-source"
        >
          {isOwn ? t('reminders.certificate.own') : t('reminders.certificate.global')}
        </Badge>
      </Group>
      {editing ? (
        <RemindersForm sha256={detail.entry.sha256} deadlines={deadlines} onDone={() => setEditing(false)} />
      ) : (
        <>
          <Text size="sm">
            {t('reminders.certificate.thresholdsLine', {
              days: thresholds.length > 0 ? thresholds.join(', ') : t('reminders.certificate.noThreshold'),
            })}
          </Text>
          <Text size="sm">{t('reminders.certificate.renewNowLine', { days: renewNow })}</Text>
          <Group gap="xs">
            <Button
              size="xs"
              variant="default"
              onClick={() => setEditing(true)}
              data-testid="drawer-reminders-edit"
            >
              {t('reminders.certificate.edit')}
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
};

type RemindersFormProps = { sha256: string; deadlines: EntryDeadlines; onDone: () => void };

const RemindersForm = ({ sha256, deadlines, onDone }: RemindersFormProps) => {
  const { t } = useTranslation();
  const api = useApi();
  const { own, global } = deadlines;
  const [text, setText] = useState((own.thresholds ?? global.thresholds).join(', '));
  const [renewNow, setRenewNow] = useState<number>(own.renewNowDays ?? global.renewNowDays);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const days = parseDays(text);

  // The drawer reloads on inventory.changed (the service emits it): nothing to update here.
  const send = async (thresholds: number[] | null, renewNowDays: number | null) => {
    setPending(true);
    const saved = await callMain(() =>
      api.inventory.setCertificateDeadlines({ sha256, thresholds, renewNowDays }),
    );
    setPending(false);
    if (saved.ok) onDone();
    else setError(saved.error.message);
  };
  const save = () => {
    if (!days) return setError(t('reminders.invalid'));
    void send(
      sameDays(days, global.thresholds) ? null : days,
      renewNow === global.renewNowDays ? null : renewNow,
    );
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <Stack gap="sm">
        <DeadlineFields
          text={text}
          onText={(next) => {
            setText(next);
            setError(null);
          }}
          renewNow={renewNow}
          onRenewNow={setRenewNow}
          error={error}
          testId="drawer-reminders"
        />
        <Text size="xs" c="dimmed">
          {t('reminders.certificate.hint')}
        </Text>
        <Group gap="xs" justify="flex-end">
          {(own.thresholds !== null || own.renewNowDays !== null) && (
            <Button
              variant="subtle"
              onClick={() => void send(null, null)}
              disabled={pending}
              data-testid="drawer-reminders-global"
            >
              {t('reminders.certificate.useGlobal')}
            </Button>
          )}
          <Button variant="default" onClick={onDone}>
            {t('reminders.cancel')}
          </Button>
          <Button type="submit" loading={pending} disabled={!days} data-testid="drawer-reminders-save">
            {t('reminders.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
