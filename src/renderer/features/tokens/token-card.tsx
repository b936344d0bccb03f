import { Badge, Button, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconCreditCard, IconLockOpen, IconUsb } from '@tabler/icons-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  PinState,
  TokenContents,
  TokenError,
  TokenRef,
  TokenSummary,
} from '../../../shared/model/token.js';
import { safeDisplay } from '../../../shared/text/safe-display.js';
import { useApi } from '../../api-context.js';
import { ProblemAlert } from '../orders/problem-alert.js';
import { PinDialog } from './pin-dialog.js';
import { PinStateBadges, UnblockProcedure } from './pin-notices.js';
import { TokenContentsView } from './token-contents.js';
import { thrownTokenError, useTokenErrorText } from './token-error-text.js';

type ContentsState =
  | { status: 'closed' }
  | { status: 'loading' }
  | { status: 'ready'; contents: TokenContents }
  | { status: 'failed'; error: TokenError };

type TokenCardProps = {
  module: string;
  token: TokenSummary;
  /** A try revealed the PIN's state (count low, last try, locked). */
  onPinState: (ref: TokenRef, pin: PinState) => void;
};

const Fact = ({ label, value }: { label: string; value: string }) => (
  <div>
    <Text size="xs" c="dimmed">
      {label}
    </Text>
    <Text size="sm" style={{ wordBreak: 'break-word' }}>
      {value}
    </Text>
  </div>
);

/**
 * One card or token in its reader. Keyed by its serial by the caller: a card removed takes
 * its contents (and any open PIN dialog) with it; put back, it starts closed again.
 */
export const TokenCard = ({ module, token, onPinState }: TokenCardProps) => {
  const { t } = useTranslation();
  const api = useApi();
  const errorText = useTokenErrorText();
  const [contents, setContents] = useState<ContentsState>({ status: 'closed' });
  const [asking, setAsking] = useState(false);
  const titleId = useId();
  const contentsId = useId();
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);
  // After an unlock the button that opened the dialog is gone: the keyboard lands on the
  // contents' toggle instead of the page's start.
  const toggle = useRef<HTMLButtonElement>(null);
  const [unlocked, setUnlocked] = useState(0);
  useEffect(() => {
    if (unlocked > 0) toggle.current?.focus();
  }, [unlocked]);
  const ref: TokenRef = { module, serial: token.serial };

  const load = async () => {
    setContents({ status: 'loading' });
    try {
      const result = await api.tokens.contents({ token: ref });
      if (!live.current) return;
      setContents(
        result.ok ? { status: 'ready', contents: result.value } : { status: 'failed', error: result.error },
      );
    } catch (cause) {
      if (live.current) setContents({ status: 'failed', error: thrownTokenError(cause) });
    }
  };

  /** The PIN goes to main with this one call; only the dialog ever held it. */
  const unlock = async (pin: string): Promise<TokenError | null> => {
    try {
      const result = await api.tokens.contents({ token: ref, pin });
      if (result.ok) {
        if (live.current) {
          setContents({ status: 'ready', contents: result.value });
          setUnlocked((n) => n + 1);
        }
        onPinState(ref, result.value.token.pin);
        return null;
      }
      if (result.error.pin) onPinState(ref, result.error.pin);
      else if (result.error.code === 'pin-locked') onPinState(ref, { ...token.pin, locked: true });
      return result.error;
    } catch (cause) {
      return thrownTokenError(cause);
    }
  };

  const open = contents.status !== 'closed';
  const Icon = token.cps ? IconCreditCard : IconUsb;

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      data-testid="token-card"
      aria-labelledby={titleId}
      component="article"
    >
      <Stack gap="sm">
        <Group gap="xs">
          <Icon size={20} aria-hidden />
          <Title order={3} size="h5" id={titleId} data-testid="token-label">
            {safeDisplay(token.label)}
          </Title>
          {token.cps && (
            <Badge color="blue" variant="filled" data-testid="badge-cps">
              {token.generation ? `${t('tokens.token.cps')} · ${token.generation}` : t('tokens.token.cps')}
            </Badge>
          )}
          <PinStateBadges pin={token.pin} />
          {token.writeProtected && (
            <Badge color="gray" variant="light">
              {t('tokens.token.writeProtected')}
            </Badge>
          )}
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
          <Fact label={t('tokens.token.manufacturer')} value={safeDisplay(token.manufacturer)} />
          <Fact label={t('tokens.token.model')} value={safeDisplay(token.model)} />
          <Fact label={t('tokens.token.serial')} value={safeDisplay(token.serial)} />
        </SimpleGrid>
        {token.pin.locked && <UnblockProcedure token={token} />}
        <Group gap="sm">
          <Button
            ref={toggle}
            variant="light"
            onClick={() => (open ? setContents({ status: 'closed' }) : void load())}
            aria-expanded={open}
            aria-controls={open ? contentsId : undefined}
            rightSection={
              open ? <IconChevronUp size={16} aria-hidden /> : <IconChevronDown size={16} aria-hidden />
            }
            data-testid="token-show-contents"
          >
            {t(open ? 'tokens.token.hideContents' : 'tokens.token.showContents')}
          </Button>
          {contents.status === 'ready' && !contents.contents.loggedIn && (
            <Button
              variant="default"
              leftSection={<IconLockOpen size={16} aria-hidden />}
              onClick={() => setAsking(true)}
              data-testid="token-unlock"
            >
              {t('tokens.contents.unlock')}
            </Button>
          )}
        </Group>
        {open && (
          <section
            id={contentsId}
            aria-label={t('tokens.contents.title', { label: safeDisplay(token.label) })}
          >
            {contents.status === 'loading' && (
              <Group gap="xs" role="status">
                <Loader size="xs" />
                <Text size="sm">{t('tokens.token.loadingContents')}</Text>
              </Group>
            )}
            {contents.status === 'failed' && (
              <ProblemAlert
                title={t('tokens.token.contentsFailed')}
                text={errorText(contents.error)}
                detail={contents.error.message}
              />
            )}
            {contents.status === 'ready' && <TokenContentsView contents={contents.contents} />}
          </section>
        )}
      </Stack>
      <PinDialog token={asking ? token : null} onSubmit={unlock} onClose={() => setAsking(false)} />
    </Paper>
  );
};
