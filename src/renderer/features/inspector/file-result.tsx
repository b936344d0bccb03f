import { Alert, Button, Group, Loader, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconCircleCheck, IconFilePlus } from '@tabler/icons-react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../errors/error-alert.js';
import type { UiError } from '../../errors/ui-error.js';
import { useFormat } from '../../format/use-format.js';
import { ItemList } from './item-list.js';
import { PasswordPrompt } from './password-prompt.js';
import { Pkcs12Summary } from './pkcs12-summary.js';
import { needsPassword, type Entry } from './use-inspections.js';
import { WarningList } from './warning-list.js';
import { useAppActions } from '../../shell/app-actions.js';
import type { FilePayload } from './read-file.js';

/** The file again, from the bytes the inspector kept (base64), for the add page. */
const fileOf = (payload: FilePayload): File =>
  new File([Uint8Array.from(atob(payload.data), (c) => c.charCodeAt(0))], payload.fileName);
import classes from './file-result.module.css';

type FileResultProps = {
  entry: Entry;
  index: number;
  onUnlock: (entry: Entry, password: string) => Promise<UiError | null>;
  headingRef?: Ref<HTMLHeadingElement>;
};

/** Everything about one opened file, under a heading that takes focus after a drop. */
export const FileResult = ({ entry, index, onUnlock, headingRef }: FileResultProps) => {
  const { t } = useTranslation();
  const format = useFormat();
  const { state } = entry;
  const { addFile } = useAppActions();
  const { payload } = entry;
  const headingId = `${entry.key}-heading`;
  const report = state.status === 'ready' ? state.report : null;
  const meta = report ? `${t(`result.formats.${report.format}`)} · ${format.size(report.size)}` : null;
  const prompt = needsPassword(entry) ? (
    <PasswordPrompt
      key={state.status}
      onSubmit={(password) => onUnlock(entry, password)}
      initialError={state.status === 'failed' ? state.error : null}
    />
  ) : null;

  return (
    <Stack component="section" aria-labelledby={headingId} data-testid={`result-${index}`} gap="md">
      <Group gap="sm" align="baseline">
        <Title
          className={classes.heading}
          order={2}
          size="h3"
          id={headingId}
          ref={headingRef}
          tabIndex={-1}
          style={{ overflowWrap: 'anywhere' }}
        >
          {entry.fileName}
        </Title>
        {meta && (
          <Text size="sm" c="dimmed">
            {meta}
          </Text>
        )}
        {entry.payload && report?.items.some((i) => i.kind === 'certificate') && (
          <Button
            size="compact-sm"
            variant="light"
            leftSection={<IconFilePlus size={14} aria-hidden />}
            onClick={() => payload && addFile(fileOf(payload))}
            data-testid="inspector-add"
            ml="auto"
          >
            {t('add.fromInspector')}
          </Button>
        )}
      </Group>

      <div role="status">
        {state.status === 'reading' ? (
          <Group gap="xs">
            <Loader size="sm" />
            <Text size="sm">{t('result.reading', { name: entry.fileName })}</Text>
          </Group>
        ) : (
          <VisuallyHidden>{t('result.done', { name: entry.fileName })}</VisuallyHidden>
        )}
      </div>

      {state.status === 'failed' && (
        <>
          <ErrorAlert error={state.error} title={t('result.failed', { name: entry.fileName })} />
          {prompt}
        </>
      )}

      {report && state.status === 'ready' && (
        <>
          {report.pkcs12 && <Pkcs12Summary summary={report.pkcs12} />}
          {state.unlocked && report.pkcs12?.integrity === 'verified' && (
            <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} role="status">
              {t('password.success')}
            </Alert>
          )}
          {prompt}
          {/* The prompt already says the file is locked; the same warning would repeat it. */}
          <WarningList
            warnings={report.warnings.filter((w) => !(prompt && w.code === 'password-required'))}
          />
          {report.items.length === 0 && <Text size="sm">{t('result.empty')}</Text>}
          <ItemList items={report.items} keyPrefix={entry.key} />
        </>
      )}
    </Stack>
  );
};
