import { Code, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ServerSnippets } from '../../../shared/model/retrieve.js';
import { CopyValue } from '../../components/copy-value.js';

type ServerHintsProps = { snippets: ServerSnippets; keyEncrypted: boolean };

/**
 * Where each written file goes in nginx and Apache, as main wrote the excerpts with the real
 * paths (pki/export/server-snippets.ts is their one source: never a copy here). The notes
 * under them say in the user's language what the excerpts' comments say for admins.
 */
export const ServerHints = ({ snippets, keyEncrypted }: ServerHintsProps) => {
  const { t } = useTranslation();
  const shown = [
    { server: 'nginx', text: snippets.nginx, note: keyEncrypted ? t('custody.hintPassFile') : null },
    { server: 'Apache', text: snippets.apache, note: keyEncrypted ? t('custody.hintPassApache') : null },
  ];
  return (
    <Stack gap="sm" data-testid="server-hints">
      <Title order={3} size="h5">
        {t('custody.hintsTitle')}
      </Title>
      <Text size="sm">{t('custody.hintsIntro')}</Text>
      {shown.map(({ server, text, note }) => (
        <Stack key={server} gap={4}>
          <Group gap={4}>
            <Text size="sm" fw={600}>
              {server}
            </Text>
            <CopyValue value={text} what={t('custody.copySnippet', { server })} />
          </Group>
          <Code block data-testid={`snippet-${server.toLowerCase()}`}>
            {text}
          </Code>
          {note && (
            <Text size="xs" c="dimmed">
              {note}
            </Text>
          )}
        </Stack>
      ))}
    </Stack>
  );
};
