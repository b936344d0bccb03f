import { NavLink, Stack } from '@mantine/core';
import {
  IconCertificate,
  IconCreditCard,
  IconFilePlus,
  IconFileSearch,
  IconListCheck,
  IconFlask,
  IconShieldCheck,
  IconSquarePlus,
  type Icon,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
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
];

type AppNavProps = { current: Place; onNavigate: (place: Place) => void };

/** Real buttons in a labelled <nav>: Tab reaches each one, Enter or Space opens it. */
export const AppNav = ({ current, onNavigate }: AppNavProps) => {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('nav.label')}>
      <Stack gap={4}>
        {ITEMS.map(({ place, icon: ItemIcon }) => (
          <NavLink
            key={place}
            component="button"
            type="button"
            // nav.* lives in the orders' messages; the tokens page keeps its label with its own.
            label={
              place === 'tokens'
                ? t('tokens.nav')
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
