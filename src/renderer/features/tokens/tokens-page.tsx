import { Badge, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SlotSummary, TokenModuleStatus } from '../../../shared/model/token.js';
import { safeDisplay } from '../../../shared/text/safe-display.js';
import { ProblemAlert } from '../orders/problem-alert.js';
import { CryptolibNotice, cryptolibMissing, ModulesPanel } from './modules-panel.js';
import { TokenCard } from './token-card.js';
import { useTokenErrorText } from './token-error-text.js';
import { useTokens } from './use-tokens.js';

type SlotsProps = {
  slots: readonly SlotSummary[];
  modules: readonly TokenModuleStatus[];
  onPinState: Parameters<typeof TokenCard>[0]['onPinState'];
};

const SlotsPanel = ({ slots, modules, onPinState }: SlotsProps) => {
  const { t } = useTranslation();
  const kindOf = (path: string) => {
    const kind = modules.find((m) => m.path === path)?.kind;
    return kind ? t(`tokens.modules.kinds.${kind}`) : safeDisplay(path);
  };
  return (
    <Stack gap="sm" component="section" aria-labelledby="tokens-slots-title">
      <Title order={2} size="h4" id="tokens-slots-title">
        {t('tokens.slots.title')}
      </Title>
      {slots.length === 0 && (
        <Text c="dimmed" data-testid="slots-empty">
          {t('tokens.slots.empty')}
        </Text>
      )}
      {slots.map((slot) => (
        <Paper
          key={`${slot.module}\n${slot.slotId}`}
          withBorder
          radius="md"
          p="sm"
          data-testid="token-slot"
          data-present={slot.token !== null}
        >
          <Stack gap="sm">
            <Group gap="xs">
              <Text fw={500}>{safeDisplay(slot.description)}</Text>
              <Badge color="gray" variant="outline">
                {t(slot.reader ? 'tokens.slots.reader' : 'tokens.slots.software')}
              </Badge>
              <Text size="xs" c="dimmed">
                {t('tokens.slots.module', { module: kindOf(slot.module) })}
              </Text>
            </Group>
            {slot.token ? (
              <TokenCard
                key={slot.token.serial}
                module={slot.module}
                token={slot.token}
                onPinState={onPinState}
              />
            ) : (
              <Text size="sm" c="dimmed">
                {t('tokens.slots.noToken')}
              </Text>
            )}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
};

/** "Cartes et jetons": modules, readers and the cards or tokens in them, kept live. */
export const TokensPage = ({ active }: { active: boolean }) => {
  const { t } = useTranslation();
  const errorText = useTokenErrorText();
  const { state, reload, show, updatePin } = useTokens(active);

  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Title order={1} size="h2">
          {t('tokens.title')}
        </Title>
        <Text c="dimmed" maw={760}>
          {t('tokens.intro')}
        </Text>
      </Stack>
      {state.status === 'loading' && (
        <Group gap="xs" role="status">
          <Loader size="xs" />
          <Text size="sm">{t('tokens.loading')}</Text>
        </Group>
      )}
      {state.status === 'failed' && (
        <ProblemAlert
          text={errorText(state.error)}
          detail={state.error.message}
          title={t('tokens.viewFailed')}
        >
          <Button variant="light" size="xs" mt="xs" onClick={reload}>
            {t('tokens.retry')}
          </Button>
        </ProblemAlert>
      )}
      {state.status === 'ready' && (
        <>
          {cryptolibMissing(state.view.modules) && <CryptolibNotice />}
          <SlotsPanel slots={state.view.slots} modules={state.view.modules} onPinState={updatePin} />
          <ModulesPanel modules={state.view.modules} onView={show} />
        </>
      )}
    </Stack>
  );
};
