import { Group, Text } from '@mantine/core';
import {
  IconBrandApple,
  IconBrandWindows,
  IconClipboardList,
  IconFileCertificate,
  IconFolder,
  IconId,
  IconLock,
  IconServer,
  IconWorld,
  type Icon,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { EntryLocation, LocationSource } from '../../../shared/model/inventory.js';

export const SOURCE_ICON: Readonly<Record<LocationSource, Icon>> = {
  vault: IconLock,
  order: IconClipboardList,
  nss: IconWorld,
  'windows-store': IconBrandWindows,
  'macos-keychain': IconBrandApple,
  folder: IconFolder,
  endpoint: IconServer,
  token: IconId,
  added: IconFileCertificate,
};

type SourcePlacesProps = {
  sources: readonly LocationSource[];
  locations: readonly EntryLocation[];
};

/**
 * Where a certificate lives, short: one icon and label per kind of place (a count when
 * it is in several folders); the full paths are in the hover text and the drawer.
 */
export const SourcePlaces = ({ sources, locations }: SourcePlacesProps) => {
  const { t } = useTranslation();
  return (
    <Group gap={10} wrap="nowrap" style={{ overflow: 'hidden' }}>
      {sources.map((source) => {
        const Icon = SOURCE_ICON[source];
        const here = locations.filter((l) => l.source === source);
        return (
          <Group
            key={source}
            gap={4}
            wrap="nowrap"
            title={here.map((l) => l.locator).join('\n')}
            data-testid="place"
            data-source={source}
            style={{ minWidth: 0 }}
          >
            <Icon size={16} aria-hidden style={{ flexShrink: 0, color: 'var(--mantine-color-dimmed)' }} />
            <Text size="sm" truncate>
              {t(`certificates.sources.${source}`)}
              {here.length > 1 ? ` ×${here.length}` : ''}
            </Text>
          </Group>
        );
      })}
    </Group>
  );
};
