import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RetrievedCertificate } from '../../../shared/model/retrieve.js';
import { ChainStatus } from '../inspector/chain-status.js';
import { EnvBadge } from '../inspector/env-badge.js';

/**
 * The CA certificates the platform adds to the download: useful for the chain, nothing to
 * decide about, so one line each rather than a full card.
 */
export const AuthorityList = ({ authorities }: { authorities: readonly RetrievedCertificate[] }) => {
  const { t } = useTranslation();
  if (authorities.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={t('retrieve.authorities')}>
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          {t('retrieve.authorities')}{' '}
          <Text span size="sm" c="dimmed" fw={400}>
            ({t('retrieve.authoritiesCount', { count: authorities.length })})
          </Text>
        </Text>
        {authorities.map((ca) => (
          <Group key={ca.sha256} gap="sm" wrap="wrap" data-testid="retrieved-authority">
            {ca.environment && <EnvBadge environment={ca.environment} />}
            <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere', flex: '1 1 16rem' }}>
              {ca.subject}
            </Text>
            {ca.sandbox ? (
              <Badge color="orange" variant="light">
                {t('retrieve.sandbox.authority')}
              </Badge>
            ) : (
              <ChainStatus chain={ca.chain} />
            )}
          </Group>
        ))}
      </Stack>
    </Paper>
  );
};
