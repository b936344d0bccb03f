import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle, IconRefresh } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChainReport } from '../../../shared/model/chain.js';
import type { EntryDetail } from '../../../shared/model/inventory.js';
import { ChainStatus } from '../inspector/chain-status.js';
import { ChainPath } from './chain-path.js';
import { useEntryChain, type ChainState } from './use-entry-chain.js';

/** What the status sentence leaves out: why a valid path counts, or why no anchor was reached. */
const ChainExplanation = ({ chain }: { chain: ChainReport }) => {
  const { t } = useTranslation();
  if (chain.status === 'valid') {
    return (
      <Text size="xs" c="dimmed">
        {t('certificates.chain.validExplain')}
      </Text>
    );
  }
  // "invalid" already names its reason in the status sentence.
  if (chain.status !== 'unknown-anchor' || !chain.reason) return null;
  return (
    <Text size="xs" c="dimmed" data-testid="drawer-chain-reason">
      {t('certificates.chain.reason', { reason: t(`chain.reasons.${chain.reason}`) })}
    </Text>
  );
};

type BodyProps = { state: ChainState; igc: boolean; onRetry: () => void };

const ChainBody = ({ state, igc, onRetry }: BodyProps) => {
  const { t } = useTranslation();
  if (state.status === 'loading') {
    return (
      <Group gap="xs" role="status">
        <Loader size="xs" />
        <Text size="sm">{t('certificates.chain.checking')}</Text>
      </Group>
    );
  }
  if (state.status === 'failed') {
    return (
      <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden />}>
        <Stack gap={6} align="flex-start">
          <Text size="sm">{t('certificates.chain.failed')}</Text>
          {state.error.message && (
            <Text size="xs" c="dimmed" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
              {t('common.technicalDetail', { message: state.error.message })}
            </Text>
          )}
          <Button
            size="compact-sm"
            variant="light"
            leftSection={<IconRefresh size={14} aria-hidden />}
            onClick={onRetry}
          >
            {t('certificates.chain.retry')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  const { chain } = state;
  // Outside the IGC-Santé, "unknown authority" would wrongly suggest importing its chain.
  if (!igc && chain?.status !== 'valid') {
    return (
      <Stack gap="xs">
        <Group gap={6} wrap="nowrap" align="flex-start" data-testid="drawer-chain-scope">
          <IconInfoCircle size={18} aria-hidden style={{ flexShrink: 0 }} />
          <Text size="sm">{t('certificates.chain.outOfScope')}</Text>
        </Group>
        {chain && chain.path.length > 1 && <ChainPath chain={chain} />}
      </Stack>
    );
  }
  return (
    <Stack gap="xs">
      <Stack gap={2}>
        <ChainStatus chain={chain} />
        {chain && <ChainExplanation chain={chain} />}
      </Stack>
      {chain && chain.path.length > 0 && <ChainPath chain={chain} />}
    </Stack>
  );
};

/**
 * The drawer's "Chaîne de certification": the path from this certificate to its IGC-Santé
 * anchor and whether it holds. Checked when the drawer opens (one certificate, a few
 * milliseconds in main), so the answer is there by the time the user scrolls to it.
 */
export const DrawerChain = ({ detail }: { detail: EntryDetail }) => {
  const { t } = useTranslation();
  const headingId = useId();
  const { state, retry } = useEntryChain(detail.entry.sha256, detail.pem);
  return (
    <Stack
      component="section"
      gap={6}
      aria-labelledby={headingId}
      data-testid="drawer-chain"
      data-state={state.status}
    >
      <Title order={3} size="h5" id={headingId}>
        {t('certificates.chain.title')}
      </Title>
      <ChainBody state={state} igc={detail.entry.igc !== null} onRetry={retry} />
    </Stack>
  );
};
