import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EntryDetail } from '../../../shared/model/inventory.js';
import { useFormat } from '../../format/use-format.js';
import { SOURCE_ICON } from './source-icons.js';

/** Every place the certificate was ever seen; those it left are kept, dimmed, with when. */
export const PlacesList = ({ places }: { places: EntryDetail['places'] }) => {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} data-testid="drawer-places">
      {places.map((p, i) => {
        const Icon = SOURCE_ICON[p.source];
        const gone = p.goneAt !== null;
        return (
          <Group
            key={i}
            component="li"
            gap="sm"
            wrap="nowrap"
            align="flex-start"
            data-testid="drawer-place"
            data-gone={gone || undefined}
            style={{ opacity: gone ? 0.6 : 1 }}
          >
            <Icon size={20} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Group gap={6}>
                <Text size="sm" fw={600}>
                  {t(`certificates.sources.${p.source}`)}
                </Text>
                {gone && (
                  <Badge size="xs" color="gray" variant="light" tt="none">
                    {t('certificates.drawer.gone')}
                  </Badge>
                )}
              </Group>
              <Text size="xs" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                {p.locator}
              </Text>
              <Text size="xs" c="dimmed">
                {t('certificates.drawer.firstSeen', { date: format.date(p.firstSeen) })} ·{' '}
                {p.goneAt
                  ? t('certificates.drawer.goneAt', { date: format.date(p.goneAt) })
                  : t('certificates.drawer.lastSeen', { date: format.date(p.lastSeen) })}
              </Text>
            </Stack>
          </Group>
        );
      })}
    </Stack>
  );
};
