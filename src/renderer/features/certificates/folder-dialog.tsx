import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InventoryActions } from './use-inventory-actions.js';

/** Where there is no folder dialog (the browser of the dev bridge): the path, typed. */
export const FolderDialog = memo(({ actions }: { actions: InventoryActions }) => {
  const { t } = useTranslation();
  const [path, setPath] = useState('');
  const close = () => {
    actions.closePathDialog();
    setPath('');
  };
  return (
    <Modal opened={actions.askPath} onClose={close} title={t('certificates.folderDialog.title')} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (path.trim() === '') return;
          void actions.watchFolder(path.trim()).then((ok) => ok && setPath(''));
        }}
      >
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('certificates.folderDialog.intro')}
          </Text>
          <TextInput
            label={t('certificates.folderDialog.label')}
            placeholder={t('certificates.folderDialog.placeholder')}
            value={path}
            onChange={(e) => setPath(e.currentTarget.value)}
            data-autofocus
            required
            ff="monospace"
            data-testid="folder-path"
            error={actions.feedback?.kind === 'error' ? actions.feedback.text : undefined}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('certificates.folderDialog.cancel')}
            </Button>
            <Button type="submit" loading={actions.busy === 'folder'} data-testid="folder-submit">
              {t('certificates.folderDialog.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
});
FolderDialog.displayName = 'FolderDialog';
