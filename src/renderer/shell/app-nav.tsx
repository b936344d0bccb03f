import { NavLink, Stack } from '@mantine/core';
import {
  IconCertificate,
  IconCreditCard,
  IconFilePlus,
  IconFileSearch,
  IconHelp,
  IconListCheck,
  IconFlask,
  IconShieldCheck,
  IconSquarePlus,
  type Icon,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { orderedPlaces, useProfile } from '../features/welcome/profile.js';
import type { Place } from './places.js';

const ITEMS: readonly { place: Place; icon: Icon }[] = [
  { place: 'certificates', icon: IconShieldCheck },
  { place: 'add', icon: IconFilePlus },
  { place: 'order', icon: IconSquarePlus },
  { place: 'orders', icon: IconListCheck },
  { place: 'retrieve', icon: IconCertificate },
  { place: 'tokens', icon: IconCreditCard },
  { place: 'inspect', icon: IconFileSearch },
  { place: 'sandbox', icon: IconFlask },
  { place: 'help', icon: IconHelp },
];

type AppNavProps = { current: Place; onNavigate: (place: Place) => void };

/** Real buttons in a labelled <nav>: Tab reaches each one, Enter or Space opens it. */
export const AppNav = ({ current, onNavigate }: AppNavProps) => {
  const { t } = useTranslation();
  // The profile chosen at first start puts its places on top ("Qui êtes-vous ?").
  const profile = useProfile();
  const items = orderedPlaces(
    ITEMS.map((i) => i.place),
    profile,
  ).flatMap((p) => ITEMS.filter((i) => i.place === p));
  return (
    <nav aria-label={t('nav.label')}>
      <Stack gap={4}>
        {items.map(({ place, icon: ItemIcon }) => (
          <NavLink
            key={place}
            component="button"
            type="button"
            // nav.* lives in the orders' messages; the tokens page keeps its label with its own.
            label={
              place === 'tokens'
                ? t('tokens.nav')
                : place === 'help'
                  ? t('help.nav')
                  : place === 'sandbox'
                    ? t('sandbox.nav')
                    : t(`nav.${place}`)
            }
            leftSection={<ItemIcon size={20} stroke={1.6} aria-hidden />}
            active={current === place}
            aria-current={current === place ? 'page' : undefined}
            onClick={() => onNavigate(place)}
            data-testid={`nav-${place}`}
            style={{ borderRadius: 'var(--mantine-radius-md)' }}
          />
        ))}
      </Stack>
    </nav>
  );
};
