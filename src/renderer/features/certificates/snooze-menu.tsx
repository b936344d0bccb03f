import { Button, Group, Menu, Popover, Stack, TextInput } from '@mantine/core';
import { IconBell, IconBellOff, IconChevronDown } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DAY_MS } from '../../../shared/inventory/deadlines.js';

type SnoozeMenuProps = {
  snoozedUntil: string | null;
  onSnooze: (until: string | null) => void;
};

/** "YYYY-MM-DD" from a date input → the end of that day, local time, as an instant. */
const endOfDay = (day: string): string | null => {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return null;
  return new Date(y, m - 1, d, 23, 59, 59).toISOString();
};

const dayInput = (ms: number) => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** Snooze 7 or 30 days, until a chosen day, or lift the snooze. */
export const SnoozeMenu = ({ snoozedUntil, onSnooze }: SnoozeMenuProps) => {
  const { t } = useTranslation();
  const [picking, setPicking] = useState(false);
  // Read the clock once: the default day (two weeks on) and the earliest day allowed.
  const [today] = useState(() => dayInput(Date.now()));
  const [day, setDay] = useState(() => dayInput(Date.now() + 14 * DAY_MS));
  const inDays = (n: number) => onSnooze(new Date(Date.now() + n * DAY_MS).toISOString());
  const until = endOfDay(day);
  return (
    <Group gap="xs">
      <Popover opened={picking} onChange={setPicking} position="bottom-start" withArrow trapFocus>
        <Menu position="bottom-start">
          <Menu.Target>
            <Popover.Target>
              <Button
                variant="default"
                leftSection={<IconBellOff size={16} aria-hidden />}
                rightSection={<IconChevronDown size={14} aria-hidden />}
                data-testid="drawer-snooze"
              >
                {t('certificates.drawer.snooze')}
              </Button>
            </Popover.Target>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item onClick={() => inDays(7)} data-testid="snooze-7">
              {t('certificates.drawer.snooze7')}
            </Menu.Item>
            <Menu.Item onClick={() => inDays(30)} data-testid="snooze-30">
              {t('certificates.drawer.snooze30')}
            </Menu.Item>
            <Menu.Item onClick={() => setPicking(true)} data-testid="snooze-date">
              {t('certificates.drawer.snoozeUntil')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
        <Popover.Dropdown>
          <Stack gap="xs">
            <TextInput
              type="date"
              label={t('certificates.drawer.snoozeDate')}
              value={day}
              min={today}
              onChange={(e) => setDay(e.currentTarget.value)}
              data-testid="snooze-day"
              data-autofocus
            />
            <Button
              size="xs"
              disabled={until === null || day < today}
              onClick={() => {
                setPicking(false);
                if (until) onSnooze(until);
              }}
              data-testid="snooze-apply"
            >
              {t('certificates.drawer.snoozeApply')}
            </Button>
          </Stack>
        </Popover.Dropdown>
      </Popover>
      {snoozedUntil && (
        <Button
          variant="subtle"
          leftSection={<IconBell size={16} aria-hidden />}
          onClick={() => onSnooze(null)}
          data-testid="drawer-lift-snooze"
        >
          {t('certificates.drawer.liftSnooze')}
        </Button>
      )}
    </Group>
  );
};
