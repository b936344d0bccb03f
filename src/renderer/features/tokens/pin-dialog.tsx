import { Button, Group, Loader, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconDialpad } from '@tabler/icons-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { safeDisplay } from '../../../shared/text/safe-display.js';
import type { PinState, TokenError, TokenSummary } from '../../../shared/model/token.js';
import { ProblemAlert } from '../orders/problem-alert.js';
import { PinWarnings, useDeviceWord } from './pin-notices.js';
import { pinFits, pinRuleOf } from './pin-rule.js';
import { thrownTokenError, useTokenErrorText } from './token-error-text.js';

export type PinDialogProps = {
  /** The card or token the PIN is for; null keeps the dialog closed. */
  token: TokenSummary | null;
  /**
   * Runs the operation with the PIN ('' on a PIN-pad reader: the PIN is typed on the
   * reader). Resolve null once done (the dialog then calls onClose), or the error to show:
   * the dialog stays open, and `error.pin` becomes the PIN state it warns from.
   */
  onSubmit: (pin: string) => Promise<TokenError | null>;
  onClose: () => void;
  /** One sentence on what the PIN is for, shown above the field. */
  purpose?: string;
  /** The confirm button's text ("Valider" by default). */
  submitLabel?: string;
};

/**
 * Asks for a card's or token's PIN, once, for one operation. The PIN lives in this
 * component's state only: never stored, logged or put in an address, and gone when the
 * dialog closes (the form unmounts) or after each try.
 */
export const PinDialog = ({ token, onSubmit, onClose, purpose, submitLabel }: PinDialogProps) => {
  const { t } = useTranslation();
  const device = useDeviceWord();
  const [pending, setPending] = useState(false);
  return (
    <Modal
      opened={token !== null}
      onClose={onClose}
      title={token ? t('tokens.pin.title', { device: device(token) }) : ''}
      // A PIN-pad reader waits for its own keys: the operation ends there, not here.
      closeOnEscape={!pending}
      closeOnClickOutside={false}
      withCloseButton={!pending}
      closeButtonProps={{ 'aria-label': t('tokens.pin.close') }}
      data-testid="pin-dialog"
    >
      {token && (
        <PinForm
          key={`${token.serial}`}
          token={token}
          onSubmit={onSubmit}
          onClose={onClose}
          onPending={setPending}
          purpose={purpose}
          submitLabel={submitLabel}
        />
      )}
    </Modal>
  );
};

type PinFormProps = Omit<PinDialogProps, 'token'> & {
  token: TokenSummary;
  onPending: (pending: boolean) => void;
};

const PinForm = ({ token, onSubmit, onClose, onPending, purpose, submitLabel }: PinFormProps) => {
  const { t } = useTranslation();
  const errorText = useTokenErrorText();
  const [pin, setPin] = useState('');
  const [pending, setPending] = useState(false);
  const [invalid, setInvalid] = useState(false);
  const [error, setError] = useState<TokenError | null>(null);
  // The state after the last failed try wins over the one the token had when opened.
  const [pinState, setPinState] = useState<PinState>(token.pin);
  const input = useRef<HTMLInputElement>(null);
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
      onPending(false);
    };
  }, [onPending]);

  const rule = pinRuleOf(token);
  const pinPad = pinState.pinPad;
  const ruleText = rule.digitsOnly
    ? t('tokens.pin.ruleCps')
    : t('tokens.pin.ruleLength', { min: rule.min, max: rule.max });

  const busy = (value: boolean) => {
    setPending(value);
    onPending(value);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (pending || pinState.locked) return;
    if (!pinPad && !pinFits(pin, rule)) {
      setInvalid(true);
      input.current?.focus();
      return;
    }
    setInvalid(false);
    setError(null);
    busy(true);
    let failure: TokenError | null;
    try {
      failure = await onSubmit(pinPad ? '' : pin);
    } catch (cause) {
      failure = thrownTokenError(cause);
    }
    if (!live.current) return;
    busy(false);
    // Each try starts from an empty field: the PIN stays in memory no longer than needed.
    setPin('');
    if (!failure) {
      onClose();
      return;
    }
    setError(failure);
    if (failure.pin) setPinState(failure.pin);
    else if (failure.code === 'pin-locked') setPinState((s) => ({ ...s, locked: true }));
    requestAnimationFrame(() => input.current?.focus());
  };

  if (pinState.locked) {
    return (
      <Stack gap="md">
        <Text size="sm" fw={500}>
          {t('tokens.pin.for', { label: safeDisplay(token.label) })}
        </Text>
        <PinWarnings token={token} pin={pinState} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus data-testid="pin-close">
            {t('tokens.pin.close')}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="pin-form">
      <Stack gap="md">
        <Text size="sm" fw={500}>
          {t('tokens.pin.for', { label: safeDisplay(token.label) })}
        </Text>
        {purpose && <Text size="sm">{purpose}</Text>}
        <PinWarnings token={token} pin={pinState} />
        {error && (
          <div data-testid="pin-error" data-code={error.code}>
            <ProblemAlert text={errorText(error)} detail={error.message} />
          </div>
        )}
        {pinPad ? (
          <Stack gap="xs" data-testid="pin-pad">
            <Group gap="xs" wrap="nowrap">
              <IconDialpad size={20} aria-hidden />
              <Text size="sm" fw={600}>
                {t('tokens.pin.pinPad')}
              </Text>
            </Group>
            {pending ? (
              <Group gap="xs" role="status">
                <Loader size="xs" />
                <Text size="sm">{t('tokens.pin.pinPadCancel')}</Text>
              </Group>
            ) : (
              <Text size="sm">{t('tokens.pin.pinPadIntro')}</Text>
            )}
          </Stack>
        ) : (
          <TextInput
            ref={input}
            type="password"
            label={t('tokens.pin.label')}
            description={ruleText}
            value={pin}
            onChange={(e) => {
              setPin(e.currentTarget.value);
              setInvalid(false);
            }}
            error={
              invalid
                ? t(rule.digitsOnly ? 'tokens.pin.invalidCps' : 'tokens.pin.invalidLength', rule)
                : undefined
            }
            aria-invalid={invalid || error?.code === 'pin-incorrect' ? true : undefined}
            maxLength={rule.max}
            inputMode={rule.digitsOnly ? 'numeric' : undefined}
            // Never offered to a password manager, never filled from one.
            autoComplete="off"
            autoCorrect="off"
            autoCapitalize="off"
            spellCheck={false}
            data-1p-ignore
            data-lpignore="true"
            data-form-type="other"
            readOnly={pending}
            data-autofocus
            data-testid="pin-input"
          />
        )}
        <Text size="xs" c="dimmed">
          {t('tokens.pin.notKept')}
        </Text>
        {pending && !pinPad && (
          <Text size="sm" role="status">
            {t('tokens.pin.checking')}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={pending} data-testid="pin-cancel">
            {t('tokens.pin.cancel')}
          </Button>
          <Button
            type="submit"
            loading={pending}
            data-autofocus={pinPad || undefined}
            data-testid="pin-submit"
          >
            {pinPad ? t('tokens.pin.start') : (submitLabel ?? t('tokens.pin.submit'))}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
