import { Code, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CopyValue } from '../../components/copy-value.js';

type ServerHintsProps = { files: readonly string[]; keyEncrypted: boolean };

/** The written path whose name ends so (main names them privkey.pem, fullchain.pem, ca.pem). */
const fileNamed = (files: readonly string[], name: string): string | null =>
  files.find((f) => f === name || f.endsWith(`/${name}`) || f.endsWith(`\\${name}`)) ?? null;

/**
 * Where each written file goes in nginx and Apache, with the real paths: the directive
 * names are what people search for; the rest of the server block is theirs.
 */
export const ServerHints = ({ files, keyEncrypted }: ServerHintsProps) => {
  const { t } = useTranslation();
  const fullchain = fileNamed(files, 'fullchain.pem');
  const key = fileNamed(files, 'privkey.pem');
  const ca = fileNamed(files, 'ca.pem');
  if (!fullchain || !key) return null;
  const nginx = [
    `ssl_certificate         ${fullchain};`,
    `ssl_certificate_key     ${key};`,
    ...(ca ? [`ssl_trusted_certificate ${ca};`] : []),
  ].join('\n');
  const apache = [
    `SSLCertificateFile     ${fullchain}`,
    `SSLCertificateKeyFile  ${key}`,
    ...(ca ? [`SSLCACertificateFile   ${ca}`] : []),
  ].join('\n');
  const snippets = [
    { server: 'nginx', text: nginx, note: keyEncrypted ? t('custody.hintPassFile') : null },
    { server: 'Apache', text: apache, note: keyEncrypted ? t('custody.hintPassApache') : null },
  ];
  return (
    <Stack gap="sm" data-testid="server-hints">
      <Title order={3} size="h5">
        {t('custody.hintsTitle')}
      </Title>
      <Text size="sm">{t('custody.hintsIntro')}</Text>
      {snippets.map(({ server, text, note }) => (
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
