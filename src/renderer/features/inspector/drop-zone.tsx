import { Button, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconFileCertificate, IconUpload } from '@tabler/icons-react';
import { useId, useState, type DragEvent, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './drop-zone.module.css';

type DropZoneProps = {
  onFiles: (files: File[]) => void;
  /** Opens the hidden file input (kept by the page, which also answers menu commands). */
  onBrowse: () => void;
  zoneRef?: Ref<HTMLDivElement>;
  /** Another page's zone (the retrieval wizard) says what it expects, under its own id. */
  label?: string;
  testId?: string;
};

const hasFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

/**
 * A large target for drag and drop that is also a keyboard control: Enter or Space opens
 * the picker, so people who cannot drag get the same feature from the same place.
 */
export const DropZone = ({ onFiles, onBrowse, zoneRef, label, testId = 'drop-zone' }: DropZoneProps) => {
  const { t } = useTranslation();
  const [dragging, setDragging] = useState(false);
  const id = useId();

  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDragLeave = (event: DragEvent<HTMLDivElement>) => {
    // Moving over a child fires dragleave on the parent: only leaving the zone counts.
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const files = Array.from(event.dataTransfer.files);
    if (files.length > 0) onFiles(files);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onBrowse();
    }
  };

  return (
    <Stack gap="sm" align="stretch">
      <div
        ref={zoneRef}
        role="button"
        tabIndex={0}
        // Named by its own visible text (what a voice user says), the longer instructions as
        // its description.
        aria-describedby={`${id}-label`}
        data-testid={testId}
        data-dragging={dragging || undefined}
        className={classes.zone}
        onClick={onBrowse}
        onKeyDown={onKeyDown}
        onDragEnter={onDragOver}
        onDragOver={onDragOver}
        onDragLeave={onDragLeave}
        onDrop={onDrop}
      >
        <Stack align="center" gap={6}>
          {dragging ? (
            <IconUpload size={44} stroke={1.5} aria-hidden />
          ) : (
            <IconFileCertificate size={44} stroke={1.5} aria-hidden />
          )}
          <Text fw={600} size="lg">
            {dragging ? t('home.dropActive') : t('home.dropTitle')}
          </Text>
          <Text size="sm" c="dimmed">
            {t('home.dropHint')}
          </Text>
        </Stack>
      </div>
      {/* Outside the zone: its name stays its visible text. */}
      <VisuallyHidden id={`${id}-label`}>{label ?? t('home.dropZoneLabel')}</VisuallyHidden>
      <Stack align="center" gap={6}>
        <Button
          variant="filled"
          onClick={onBrowse}
          leftSection={<IconFileCertificate size={18} aria-hidden />}
        >
          {t('home.choose')}
        </Button>
        <Text size="xs" c="dimmed" ta="center" maw={640}>
          {t('home.formats')}
        </Text>
      </Stack>
    </Stack>
  );
};
