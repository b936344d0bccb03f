import { Alert, Checkbox } from '@mantine/core';
import { IconAlertOctagon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ChainReport } from '../../../shared/model/chain.js';

/**
 * Is there positive evidence of a look-alike (not just a chain Vigie could not finish)?
 * A path valid to an anchor that is not pinned (only a dev session adds such anchors), a
 * self-signed top we do not pin, a broken signature or the other environment's anchor.
 */
const provenLookAlike = (chain: ChainReport | null): boolean =>
  chain !== null &&
  (chain.status === 'valid' ||
    chain.reason === 'untrusted-root' ||
    chain.reason === 'bad-signature' ||
    chain.reason === 'environment-mismatch');

/**
 * The warning for a certificate with IGC-Santé names that is not shown to be issued by the
 * IGC-Santé. A red alert near the top of the card, not a chain footnote: the names alone
 * are what makes a look-alike convincing.
 */
export const LookAlikeAlert = ({ chain }: { chain: ChainReport | null }) => {
  const { t } = useTranslation();
  const proven = provenLookAlike(chain);
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertOctagon aria-hidden />}
      title={proven ? t('genuine.lookAlikeTitle') : t('genuine.unverifiedTitle')}
      data-testid="look-alike"
      data-proven={proven}
      role="alert"
    >
      {proven ? t('genuine.lookAlike') : t('genuine.unverified')}
    </Alert>
  );
};

type LookAlikeConsentProps = {
  action: 'keep' | 'install';
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  /** Shown after a try without the box ticked. */
  error?: boolean;
  /** Another sentence where the issuer is known (a sandbox certificate). */
  label?: string;
};

/** The explicit "I understand, do it anyway" that keeping or installing a look-alike needs. */
export const LookAlikeConsent = ({
  action,
  checked,
  onChange,
  disabled,
  error,
  label,
}: LookAlikeConsentProps) => {
  const { t } = useTranslation();
  return (
    <Checkbox
      color="red"
      checked={checked}
      onChange={(e) => onChange(e.currentTarget.checked)}
      label={label ?? (action === 'keep' ? t('genuine.acceptKeep') : t('genuine.acceptInstall'))}
      error={error && !checked ? t('genuine.acceptNeeded') : undefined}
      disabled={disabled ?? false}
      data-testid="accept-look-alike"
    />
  );
};
