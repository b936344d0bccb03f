import { Alert, Checkbox, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { InstallTarget, KeyLocations } from '../../../shared/model/install.js';

type TargetListProps = {
  targets: InstallTarget[];
  chosen: ReadonlySet<string>;
  onToggle: (id: string) => void;
  locations: KeyLocations | null;
  error: string | null;
  disabled: boolean;
};

/** The stores, one checkbox each; a running Firefox cannot be written behind its back. */
export const TargetList = ({ targets, chosen, onToggle, locations, error, disabled }: TargetListProps) => {
  const { t } = useTranslation();
  const elsewhere = locations?.stores.filter((s) => s.key) ?? [];
  return (
    <Stack gap="sm">
      {elsewhere.length > 0 && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('install.alreadyThere', { places: elsewhere.map((s) => s.label).join(', ') })}
          data-testid="install-hygiene"
        >
          {t('install.alreadyThereHint')}
        </Alert>
      )}
      {locations && locations.unreadable.length > 0 && (
        <Text size="sm" c="dimmed">
          {t('install.unreadable', { places: locations.unreadable.map((s) => s.label).join(', ') })}
        </Text>
      )}
      {/* Inside a group, Mantine checkboxes take their state from the group's value, not
          from their own `checked`: the group is the controlled part. */}
      <Checkbox.Group
        label={t('install.targetsLabel')}
        error={error ?? undefined}
        value={[...chosen]}
        onChange={(next) => {
          for (const target of targets)
            if (next.includes(target.id) !== chosen.has(target.id)) onToggle(target.id);
        }}
      >
        <Stack gap="xs" mt={8}>
          {targets.map((target, index) => {
            const notes = [
              t(`install.kinds.${target.kind}`),
              target.inUse ? t('install.inUse') : null,
              target.needsAdmin ? t('install.needsAdmin') : null,
              !target.exists && !target.inUse ? t('install.notCreated') : null,
            ].filter((n): n is string => n !== null);
            return (
              <Checkbox
                key={target.id}
                label={target.label}
                description={notes.join(' — ')}
                value={target.id}
                disabled={disabled || target.inUse || target.needsAdmin}
                data-testid={`install-target-${index}`}
              />
            );
          })}
        </Stack>
      </Checkbox.Group>
    </Stack>
  );
};
