import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

type AddDoneProps = {
  /** The certificates now followed (watch), or the one kept with its key (keep). */
  kept: boolean;
  count: number;
  onInstall: (() => void) | null;
  onList: () => void;
  onAgain: () => void;
};

/** Added: say so, and lead to the list (or to installing, if the dialog was closed first). */
export const AddDone = ({ kept, count, onInstall, onList, onAgain }: AddDoneProps) => {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // The form that had focus is gone: the keyboard moves to the news.
  useEffect(() => heading.current?.focus(), []);
  return (
    <Stack gap="lg" data-testid="add-done">
      <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} role="status">
        <Stack gap={6}>
          <Title order={2} size="h4" ref={heading} tabIndex={-1} style={{ outline: 'none' }}>
            {t('add.doneTitle')}
          </Title>
          <Text size="sm">{kept ? t('add.doneKept') : t('add.doneWatched', { count })}</Text>
        </Stack>
      </Alert>
      <Group gap="sm">
        {onInstall && (
          <Button onClick={onInstall} data-testid="add-install-now">
            {t('add.installNow')}
          </Button>
        )}
        <Button variant={onInstall ? 'default' : 'filled'} onClick={onList} data-testid="add-to-list">
          {t('add.toList')}
        </Button>
        <Button variant="subtle" onClick={onAgain}>
          {t('add.another')}
        </Button>
      </Group>
    </Stack>
  );
};
