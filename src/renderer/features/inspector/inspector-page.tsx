import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { openPicker } from '../../shell/open-picker.js';
import { useAppCommand } from '../../shell/use-app-command.js';
import { DropZone } from './drop-zone.js';
import { FileResult } from './file-result.js';
import { useApi } from '../../api-context.js';
import { useInspections, type FileSource } from './use-inspections.js';
import { useWindowDropGuard } from './use-window-drop-guard.js';

/** Home: open any certificate file and understand it. */
export const InspectorPage = () => {
  const { t } = useTranslation();
  const api = useApi();
  const { entries, openFiles, unlock, clear } = useInspections();
  const input = useRef<HTMLInputElement>(null);
  const zone = useRef<HTMLDivElement>(null);
  const firstHeading = useRef<HTMLHeadingElement>(null);
  const [pickerBlocked, setPickerBlocked] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  useWindowDropGuard();

  const browse = () => {
    setPickerBlocked(false);
    if (!openPicker(input.current)) {
      // No user gesture (menu command): hand the keyboard to the drop zone instead.
      setPickerBlocked(true);
      zone.current?.focus();
    }
  };
  const open = (files: FileSource[]) => {
    setPickerBlocked(false);
    void openFiles(files);
    setFocusRequest((n) => n + 1);
  };

  // From the menu there is no user gesture, so the page's picker may be refused: ask main
  // for the system dialog first; where there is none (dev bridge), fall back to `browse`.
  const browseFromMenu = async () => {
    const picked = await api.files.openDialog({ purpose: 'inspect', multiple: true });
    if (picked.ok) {
      if (picked.value.files.length > 0) open(picked.value.files);
    } else if (picked.error.code === 'unavailable') browse();
  };
  useAppCommand('open-file', () => void browseFromMenu());

  // After a drop or a pick, the keyboard and screen-reader position moves to the result.
  useEffect(() => {
    if (focusRequest > 0) firstHeading.current?.focus();
  }, [focusRequest]);

  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Title order={1} size="h2">
          {t('home.title')}
        </Title>
        <Text c="dimmed" maw={760}>
          {t('home.intro')}
        </Text>
      </Stack>

      <DropZone onFiles={open} onBrowse={browse} zoneRef={zone} />
      <input
        ref={input}
        type="file"
        multiple
        hidden
        data-testid="file-input"
        aria-hidden
        tabIndex={-1}
        onChange={(event) => {
          const files = Array.from(event.currentTarget.files ?? []);
          // Reset so choosing the same file again still fires a change.
          event.currentTarget.value = '';
          if (files.length > 0) open(files);
        }}
      />
      {pickerBlocked && (
        <Alert color="blue" variant="light" role="status">
          {t('home.pickerBlocked')}
        </Alert>
      )}

      {entries.length > 0 && (
        <Stack gap="xl">
          <Group justify="space-between">
            <Text fw={600} c="dimmed" tt="uppercase" size="xs">
              {t('home.resultsTitle')}
            </Text>
            <Button variant="subtle" size="compact-sm" onClick={clear}>
              {t('home.clear')}
            </Button>
          </Group>
          {entries.map((entry, index) => (
            <FileResult
              key={entry.key}
              entry={entry}
              index={index}
              onUnlock={unlock}
              {...(index === 0 ? { headingRef: firstHeading } : {})}
            />
          ))}
        </Stack>
      )}
    </Stack>
  );
};
