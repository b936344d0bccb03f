import { Alert, Badge, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle, IconPlus } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LINKS } from '../../../shared/links.js';
import type { TokenError, TokenModuleStatus, TokensView } from '../../../shared/model/token.js';
import { safeDisplay } from '../../../shared/text/safe-display.js';
import { useApi } from '../../api-context.js';
import { ProblemAlert } from '../orders/problem-alert.js';
import { ExternalLink } from '../trust/external-link.js';
import { thrownTokenError, useTokenErrorText } from './token-error-text.js';

type ModuleState = 'loaded' | 'missing' | 'failed';

const stateOf = (m: TokenModuleStatus): ModuleState =>
  m.loaded ? 'loaded' : m.error?.code === 'module-missing' || m.error === null ? 'missing' : 'failed';

const STATE_COLOR: Record<ModuleState, string> = { loaded: 'green', missing: 'gray', failed: 'red' };

/** No Cryptolib CPS that loads: CPS cards cannot be read, which a doctor must be told plainly. */
export const cryptolibMissing = (modules: readonly TokenModuleStatus[]): boolean =>
  !modules.some((m) => m.kind === 'cryptolib-cps' && stateOf(m) !== 'missing');

/** Said at the top of the page: without it, the rest of the page has no CPS card to show. */
export const CryptolibNotice = () => {
  const { t } = useTranslation();
  return (
    <Alert
      color="yellow"
      variant="light"
      title={t('tokens.modules.cryptolibMissingTitle')}
      icon={<IconAlertTriangle aria-hidden />}
      data-testid="cryptolib-missing"
    >
      <Stack gap={6} align="flex-start">
        <Text size="sm">{t('tokens.modules.cryptolibMissing')}</Text>
        <ExternalLink url={LINKS.ansHome}>{t('tokens.modules.ansSite')}</ExternalLink>
      </Stack>
    </Alert>
  );
};

type ModulesPanelProps = { modules: readonly TokenModuleStatus[]; onView: (view: TokensView) => void };

/** The PKCS#11 modules Vigie knows: which load, which are missing or fail; add or remove one. */
export const ModulesPanel = ({ modules, onView }: ModulesPanelProps) => {
  const { t } = useTranslation();
  const api = useApi();
  const errorText = useTokenErrorText();
  const [path, setPath] = useState('');
  // The desktop app asks main to open the system dialog; only where there is none (the dev
  // bridge) does main say so, and the path is then typed here.
  const [typing, setTyping] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<TokenError | null>(null);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (pending || (typing && !path.trim())) return;
    setPending(true);
    setError(null);
    try {
      const result = await api.tokens.addModule(typing ? { path: path.trim() } : {});
      if (result.ok) {
        setPath('');
        onView(result.value);
      } else if (result.error.code === 'no-dialog') setTyping(true);
      else if (result.error.code !== 'cancelled') setError(result.error);
    } catch (cause) {
      setError(thrownTokenError(cause));
    } finally {
      setPending(false);
    }
  };

  const remove = async (modulePath: string) => {
    setError(null);
    try {
      onView(await api.tokens.removeModule({ path: modulePath }));
    } catch (cause) {
      setError(thrownTokenError(cause));
    }
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="tokens-modules-title">
      <Title order={2} size="h4" id="tokens-modules-title">
        {t('tokens.modules.title')}
      </Title>
      {modules.length === 0 && <Text c="dimmed">{t('tokens.modules.empty')}</Text>}
      {modules.map((m) => {
        const state = stateOf(m);
        return (
          <Paper key={m.path} withBorder radius="md" p="sm" data-testid="token-module" data-state={state}>
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Group gap="xs">
                  <Text fw={600}>{t(`tokens.modules.kinds.${m.kind}`)}</Text>
                  <Badge color={STATE_COLOR[state]} variant="light" data-testid="module-state">
                    {t(`tokens.modules.${state}`)}
                  </Badge>
                  <Text size="xs" c="dimmed">
                    {t(`tokens.modules.origins.${m.origin}`)}
                  </Text>
                </Group>
                <Text size="xs" ff="monospace" style={{ wordBreak: 'break-all' }}>
                  {safeDisplay(m.path)}
                </Text>
                {m.library && (
                  <Text size="xs" c="dimmed">
                    {t('tokens.modules.library', { library: safeDisplay(m.library) })}
                  </Text>
                )}
                {state === 'failed' && m.error && (
                  <Text size="sm" c="red" data-testid="module-error">
                    {errorText(m.error)}
                  </Text>
                )}
              </Stack>
              {m.origin === 'user' && (
                <Button
                  variant="subtle"
                  color="red"
                  size="xs"
                  onClick={() => void remove(m.path)}
                  aria-label={t('tokens.modules.removeLabel', { path: safeDisplay(m.path) })}
                >
                  {t('tokens.modules.remove')}
                </Button>
              )}
            </Group>
          </Paper>
        );
      })}
      <form onSubmit={(e) => void add(e)} noValidate>
        <Group align="flex-end" gap="sm">
          {typing && (
            <TextInput
              label={t('tokens.modules.addLabel')}
              description={t('tokens.modules.addHint')}
              value={path}
              onChange={(e) => setPath(e.currentTarget.value)}
              maxLength={4096}
              spellCheck={false}
              autoComplete="off"
              style={{ flex: '1 1 20rem' }}
              data-autofocus
              data-testid="module-path"
            />
          )}
          <Button
            type="submit"
            variant="default"
            leftSection={<IconPlus size={16} aria-hidden />}
            loading={pending}
            disabled={typing && !path.trim()}
            data-testid="module-add"
          >
            {t('tokens.modules.add')}
          </Button>
        </Group>
      </form>
      {error && <ProblemAlert text={errorText(error)} detail={error.message} />}
    </Stack>
  );
};
