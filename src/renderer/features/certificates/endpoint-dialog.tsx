import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api-context.js';
import { callMain } from '../../errors/call-main.js';

type EndpointDialogProps = { opened: boolean; onClose: () => void };

/** "Surveiller un serveur": an address, checked by main at once (the list follows by event). */
export const EndpointDialog = ({ opened, onClose }: EndpointDialogProps) => {
  const { t } = useTranslation();
  const api = useApi();
  const [spec, setSpec] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setSpec('');
    setError(null);
    onClose();
  };
  const submit = async () => {
    if (spec.trim() === '' || pending) return;
    setPending(true);
    setError(null);
    const added = await callMain(() => api.inventory.addEndpoint({ spec: spec.trim() }));
    setPending(false);
    if (added.ok) close();
    else setError(added.error.message);
  };
  return (
    <Modal opened={opened} onClose={close} title={t('endpoints.title')} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('endpoints.intro')}
          </Text>
          <TextInput
            label={t('endpoints.label')}
            placeholder={t('endpoints.placeholder')}
            value={spec}
            onChange={(e) => setSpec(e.currentTarget.value)}
            data-autofocus
            required
            ff="monospace"
            maxLength={300}
            spellCheck={false}
            data-testid="endpoint-spec"
            error={error ?? undefined}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('endpoints.cancel')}
            </Button>
            <Button type="submit" loading={pending} data-testid="endpoint-submit">
              {t('endpoints.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
