import { Group, Text } from '@mantine/core';
import { IconCircleCheck, IconCircleX, IconHelpCircle } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  REVOCATION_REASONS,
  type RevocationReason,
  type RevocationReport,
} from '../../../shared/model/revocation.js';
import { useFormat } from '../../format/use-format.js';

const isKnownReason = (r: string): r is RevocationReason =>
  (REVOCATION_REASONS as readonly string[]).includes(r);

/** RFC 5280 reason code → words; a code outside the RFC list is shown as it came. */
export const reasonText = (t: TFunction, reason: string): string =>
  isKnownReason(reason) ? t(`revocation.reasons.${reason}`) : t('revocation.otherReason', { code: reason });

/** Is this certificate still valid in its CA's eyes, in one plain sentence? */
export const RevocationStatus = ({ revocation: r }: { revocation: RevocationReport }) => {
  const { t } = useTranslation();
  const format = useFormat();

  if (r.status === 'good') {
    return (
      <Group gap={6} wrap="nowrap" data-testid="revocation-status" data-status="good" title={r.detail}>
        <IconCircleCheck size={18} aria-hidden color="var(--mantine-color-green-filled)" />
        <Text size="sm">
          {t('revocation.good')}
          {r.source && (
            <Text span size="sm" c="dimmed">
              {' — '}
              {t('revocation.goodSource', { source: t(`revocation.sources.${r.source}`) })}
            </Text>
          )}
        </Text>
      </Group>
    );
  }
  if (r.status === 'revoked') {
    const date = r.revokedAt ? format.date(r.revokedAt) : '?';
    return (
      <Group gap={6} wrap="nowrap" data-testid="revocation-status" data-status="revoked" title={r.detail}>
        <IconCircleX size={18} aria-hidden color="var(--mantine-color-red-filled)" />
        <Text size="sm" c="red" fw={600}>
          {r.reason
            ? t('revocation.revoked', { date, reason: reasonText(t, r.reason) })
            : t('revocation.revokedNoReason', { date })}
        </Text>
      </Group>
    );
  }
  return (
    <Group gap={6} wrap="nowrap" data-testid="revocation-status" data-status="unknown" title={r.detail}>
      <IconHelpCircle size={18} aria-hidden color="var(--mantine-color-orange-filled)" />
      <Text size="sm">
        {t('revocation.unknown', {
          why: r.cause ? t(`revocation.causes.${r.cause}`) : r.detail,
        })}
      </Text>
    </Group>
  );
};
