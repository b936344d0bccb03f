import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EntryDetail } from '../../../shared/model/inventory.js';
import { Fact } from '../../components/fact-list.js';
import { useFormat } from '../../format/use-format.js';

/**
 * The certificate's last revocation check, as the drawer states it: revoked (when, why),
 * not revoked per its issuer's CRL, or not checked and why. Nothing is said before a first
 * check (an expired certificate is never checked: nothing depends on it any more).
 */
export const RevocationFact = ({ revocation }: { revocation: EntryDetail['revocation'] }) => {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  if (!revocation) return null;
  const checked = t('certificates.drawer.revocationChecked', { date: format.dateTime(revocation.checkedAt) });
  let text: string;
  if (revocation.status === 'revoked') {
    const date = revocation.revokedAt ? format.date(revocation.revokedAt) : '—';
    const reasonKey = `revocation.reasons.${revocation.reason ?? ''}`;
    text = revocation.reason
      ? t('revocation.revoked', {
          date,
          reason: i18n.exists(reasonKey)
            ? t(reasonKey as 'revocation.reasons.unspecified')
            : revocation.reason,
        })
      : t('revocation.revokedNoReason', { date });
  } else if (revocation.status === 'good') {
    text = `${t('revocation.good')}, ${t('revocation.goodSource', { source: t('revocation.sources.crl') })}`;
  } else {
    text = t('revocation.unknown', { why: t(`revocation.causes.${revocation.cause ?? 'unreachable'}`) });
  }
  return (
    <Fact label={t('revocation.label')}>
      <Text
        size="sm"
        c={revocation.status === 'revoked' ? 'grape' : undefined}
        data-testid="drawer-revocation"
      >
        {text}
      </Text>
      <Text size="xs" c="dimmed">
        {checked}
      </Text>
    </Fact>
  );
};
