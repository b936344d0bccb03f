import { List, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { InstallTargetResult } from '../../../shared/model/install.js';

const Mark = ({ ok }: { ok: boolean }) => (
  <ThemeIcon size={18} radius="xl" color={ok ? 'teal' : 'red'} aria-hidden>
    {ok ? <IconCheck size={12} /> : <IconX size={12} />}
  </ThemeIcon>
);

/** What each store read back, in words: ✓ certificat, ✓ clé, ✓ autorités. */
export const InstallResults = ({ results }: { results: InstallTargetResult[] }) => {
  const { t } = useTranslation();
  const authorities = (r: InstallTargetResult) =>
    r.trust === 'unchecked'
      ? t('install.authoritiesUnchecked')
      : r.trust === 'none'
        ? t('install.authoritiesNone')
        : `${r.trust === 'verified' ? '✓' : '✗'} ${t('install.authorities')}`;
  return (
    <Stack gap="sm" data-testid="install-result">
      <Text fw={500}>{t('install.resultTitle')}</Text>
      <List spacing="sm" listStyleType="none">
        {results.map((r) => (
          <List.Item key={r.targetId} icon={<Mark ok={r.ok} />}>
            <Text size="sm" fw={500}>
              {r.label} — {r.ok ? t('install.verified') : t('install.notVerified')}
            </Text>
            {r.error ? (
              <Text size="sm" c="red">
                {t(`install.keystoreErrors.${r.error.code}`)}
              </Text>
            ) : (
              <Text size="sm">
                {r.certificatePresent ? '✓' : '✗'} {t('install.certificate')}, {r.keyPresent ? '✓' : '✗'}{' '}
                {t('install.key')}, {authorities(r)}
              </Text>
            )}
            {r.warnings.includes('non-exportable-unsupported') && (
              <Text size="xs" c="dimmed">
                {t('install.nonExportable')}
              </Text>
            )}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
};
