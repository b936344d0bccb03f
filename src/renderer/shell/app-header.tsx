import { ActionIcon, Burger, Button, Group, Text, Tooltip } from '@mantine/core';
import { IconInfoCircle, IconShieldCheck, IconShieldLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './language-switch.js';

type AppHeaderProps = {
  /** Narrow windows fold the navigation away behind a menu button. */
  navOpened: boolean;
  onToggleNav: () => void;
  onOpenTrust: () => void;
  onOpenAbout: () => void;
};

export const AppHeader = ({ navOpened, onToggleNav, onOpenTrust, onOpenAbout }: AppHeaderProps) => {
  const { t } = useTranslation();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="xs" wrap="nowrap">
        <Burger
          opened={navOpened}
          onClick={onToggleNav}
          hiddenFrom="sm"
          size="sm"
          aria-label={t('nav.toggle')}
          aria-expanded={navOpened}
        />
        <IconShieldCheck size={28} stroke={1.6} color="var(--mantine-primary-color-filled)" aria-hidden />
        {/* The page's own title is the h1; the app name is branding, not a heading. */}
        <Text component="span" fz="xl" fw={700} style={{ letterSpacing: '0.02em' }}>
          {t('app.name')}
        </Text>
        <Text size="sm" c="dimmed" visibleFrom="xs">
          {t('app.tagline')}
        </Text>
      </Group>
      <Group gap="sm" wrap="nowrap">
        <Button
          variant="light"
          size="xs"
          leftSection={<IconShieldLock size={16} aria-hidden />}
          onClick={onOpenTrust}
        >
          {t('app.trust')}
        </Button>
        <LanguageSwitch />
        <Tooltip label={t('app.about')} withArrow>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            onClick={onOpenAbout}
            aria-label={t('app.about')}
          >
            <IconInfoCircle size={20} aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Group>
    </Group>
  );
};
