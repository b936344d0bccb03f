import { Button, Group, Menu } from '@mantine/core';
import {
  IconBell,
  IconCalendarEvent,
  IconChartLine,
  IconChevronDown,
  IconDownload,
  IconFolderPlus,
  IconRefresh,
  IconServer,
  IconSquarePlus,
  IconTable,
} from '@tabler/icons-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { InventoryActions, ReportFormat } from './use-inventory-actions.js';

const FORMAT_ICON = { csv: IconTable, ics: IconCalendarEvent, prometheus: IconChartLine } as const;
const FORMATS: readonly ReportFormat[] = ['csv', 'ics', 'prometheus'];

type PageToolbarProps = {
  actions: InventoryActions;
  onAdd: () => void;
  onWatchEndpoint: () => void;
  onReminders: () => void;
  canExport: boolean;
};

/** Add first (what a doctor came for), then what IT staff use: watch, check, export. */
export const PageToolbar = memo(
  ({ actions, onAdd, onWatchEndpoint, onReminders, canExport }: PageToolbarProps) => {
    const { t } = useTranslation();
    return (
      <Group gap="sm">
        <Button
          leftSection={<IconSquarePlus size={18} aria-hidden />}
          onClick={onAdd}
          data-testid="certificates-add"
        >
          {t('certificates.add')}
        </Button>
        <Button
          variant="default"
          leftSection={<IconFolderPlus size={18} aria-hidden />}
          onClick={() => void actions.watchFolder()}
          loading={actions.busy === 'folder'}
          disabled={actions.busy === 'refresh'}
          data-testid="certificates-watch-folder"
        >
          {t('certificates.watchFolder')}
        </Button>
        <Button
          variant="default"
          leftSection={<IconServer size={18} aria-hidden />}
          onClick={onWatchEndpoint}
          data-testid="certificates-watch-endpoint"
        >
          {t('endpoints.watch')}
        </Button>
        <Button
          variant="default"
          leftSection={<IconRefresh size={18} aria-hidden />}
          onClick={() => void actions.refresh()}
          loading={actions.busy === 'refresh'}
          disabled={actions.busy === 'folder'}
          data-testid="certificates-refresh"
        >
          {t('certificates.refresh')}
        </Button>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button
              variant="default"
              leftSection={<IconDownload size={18} aria-hidden />}
              rightSection={<IconChevronDown size={16} aria-hidden />}
              disabled={!canExport}
              data-testid="certificates-export"
            >
              {t('certificates.export')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {FORMATS.map((format) => {
              const Icon = FORMAT_ICON[format];
              return (
                <Menu.Item
                  key={format}
                  leftSection={<Icon size={16} aria-hidden />}
                  onClick={() => void actions.exportReport(format)}
                  data-testid={`export-${format}`}
                >
                  {t(`certificates.exportFormats.${format}`)}
                </Menu.Item>
              );
            })}
          </Menu.Dropdown>
        </Menu>
        <Button
          variant="subtle"
          leftSection={<IconBell size={18} aria-hidden />}
          onClick={onReminders}
          data-testid="certificates-reminders"
        >
          {t('reminders.open')}
        </Button>
      </Group>
    );
  },
);
PageToolbar.displayName = 'PageToolbar';
