import { Alert, Badge } from '@mantine/core';
import { IconAlertTriangle, IconDialpad, IconInfoCircle, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PinState, TokenSummary } from '../../../shared/model/token.js';

type Device = Pick<TokenSummary, 'cps'>;

/** "la carte" for a CPS card, "le jeton" for anything else. */
export const useDeviceWord = () => {
  const { t } = useTranslation();
  return (token: Device): string => t(token.cps ? 'tokens.device.card' : 'tokens.device.token');
};

/**
 * A locked PIN, and how to unlock it — in words only: the unblock code (PUK) is typed in
 * the maker's tools, never in Vigie.
 */
export const UnblockProcedure = ({ token }: { token: Device }) => {
  const { t } = useTranslation();
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      title={t('tokens.pin.lockedTitle')}
      icon={<IconLock aria-hidden />}
      data-testid="pin-locked"
    >
      {t(token.cps ? 'tokens.unblock.card' : 'tokens.unblock.token')}
    </Alert>
  );
};

/** What the PIN's state says before anything is typed: the last try, an earlier mistake. */
export const PinWarnings = ({ token, pin }: { token: Device; pin: PinState }) => {
  const { t } = useTranslation();
  const device = useDeviceWord()(token);
  if (pin.locked) return <UnblockProcedure token={token} />;
  return (
    <>
      {pin.finalTry ? (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          data-testid="pin-final-try"
        >
          {t('tokens.pin.finalTry', { device })}
        </Alert>
      ) : (
        pin.countLow && (
          <Alert
            color="yellow"
            variant="light"
            icon={<IconAlertTriangle aria-hidden />}
            data-testid="pin-count-low"
          >
            {t('tokens.pin.countLow')}
          </Alert>
        )
      )}
      {pin.toBeChanged && (
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
          {t('tokens.pin.toBeChanged', { device })}
        </Alert>
      )}
    </>
  );
};

/** The PIN's state as small badges on a token's card (the dialog says it in sentences). */
export const PinStateBadges = ({ pin }: { pin: PinState }) => {
  const { t } = useTranslation();
  return (
    <>
      {pin.locked ? (
        <Badge color="red" variant="filled" data-testid="badge-locked">
          {t('tokens.token.locked')}
        </Badge>
      ) : pin.finalTry ? (
        <Badge color="red" variant="light" data-testid="badge-final-try">
          {t('tokens.token.finalTry')}
        </Badge>
      ) : (
        pin.countLow && (
          <Badge color="yellow" variant="light" data-testid="badge-count-low">
            {t('tokens.token.countLow')}
          </Badge>
        )
      )}
      {pin.toBeChanged && (
        <Badge color="blue" variant="light">
          {t('tokens.token.toBeChanged')}
        </Badge>
      )}
      {!pin.initialized && (
        <Badge color="gray" variant="light">
          {t('tokens.token.notInitialized')}
        </Badge>
      )}
      {pin.pinPad && (
        <Badge color="gray" variant="outline" leftSection={<IconDialpad size={12} aria-hidden />}>
          {t('tokens.token.pinPad')}
        </Badge>
      )}
    </>
  );
};
