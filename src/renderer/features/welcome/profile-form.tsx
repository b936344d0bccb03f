import { Alert, Button, Group, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Environment } from '../../../shared/model/igc-sante.js';
import { useApi } from '../../api-context.js';
import { RENEW_NOW_DAYS, ROLE_SETTINGS, ROLES, storeProfile, type Profile, type Role } from './profile.js';

type ProfileFormProps = {
  /** The profile being changed (help page), or null at first start. */
  initial: Profile | null;
  submitLabel: string;
  onSaved: (profile: Profile) => void;
};

/**
 * The three answers and the platform. Saving stores the profile in this window's
 * preferences (like the language) and the role's reminder thresholds in main's settings.
 */
export const ProfileForm = ({ initial, submitLabel, onSaved }: ProfileFormProps) => {
  const { t } = useTranslation();
  const api = useApi();
  const [role, setRole] = useState<Role | null>(initial?.role ?? null);
  const [environment, setEnvironment] = useState<Environment>(initial?.environment ?? 'production');
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [thresholdsFailed, setThresholdsFailed] = useState(false);
  // The profile may change elsewhere (first start while this form sits hidden): follow it.
  const [seen, setSeen] = useState(initial);
  if (initial !== seen) {
    setSeen(initial);
    if (initial !== null) {
      setRole(initial.role);
      setEnvironment(initial.environment);
    }
  }

  const save = async () => {
    setAttempted(true);
    if (role === null) return;
    if (thresholdsFailed) {
      // Already told where to set the reminders by hand: go on with the profile as saved.
      onSaved({ role, environment });
      return;
    }
    setSaving(true);
    const profile: Profile = { role, environment };
    storeProfile(profile);
    const saved = await api.inventory
      .setDeadlines({ thresholds: [...ROLE_SETTINGS[role].thresholds], renewNowDays: RENEW_NOW_DAYS })
      .catch(() => ({ ok: false as const }));
    setSaving(false);
    // Stay here when main refused the thresholds, so the message is read before going on.
    setThresholdsFailed(!saved.ok);
    if (saved.ok) onSaved(profile);
  };

  return (
    <Stack gap="lg" maw={760}>
      <Radio.Group
        label={t('welcome.roleLabel')}
        value={role}
        onChange={(v) => {
          setRole(ROLES.find((r) => r === v) ?? null);
          setThresholdsFailed(false);
        }}
        error={attempted && role === null ? t('welcome.roleRequired') : null}
        withAsterisk
      >
        <Stack gap="sm" mt="xs">
          {ROLES.map((r) => (
            <Radio
              key={r}
              value={r}
              label={t(`welcome.roles.${r}.label`)}
              description={t(`welcome.roles.${r}.hint`)}
              data-testid={`profile-role-${r}`}
            />
          ))}
        </Stack>
      </Radio.Group>
      <Radio.Group
        label={t('welcome.envLabel')}
        value={environment}
        onChange={(v) => setEnvironment(v === 'test' ? 'test' : 'production')}
      >
        <Stack gap="sm" mt="xs">
          <Radio
            value="production"
            label={t('welcome.envProduction')}
            description={t('welcome.envProductionHint')}
            data-testid="profile-env-production"
          />
          <Radio
            value="test"
            label={t('welcome.envTest')}
            description={t('welcome.envTestHint')}
            data-testid="profile-env-test"
          />
        </Stack>
      </Radio.Group>
      <Text size="sm" c="dimmed">
        {t('welcome.changeLater')}
      </Text>
      {thresholdsFailed && (
        <Alert color="orange" variant="light" role="status" data-testid="profile-thresholds-failed">
          {t('welcome.thresholdsFailed')}
        </Alert>
      )}
      <Group>
        <Button onClick={() => void save()} loading={saving} data-testid="profile-save">
          {thresholdsFailed ? t('welcome.continue') : submitLabel}
        </Button>
      </Group>
    </Stack>
  );
};
