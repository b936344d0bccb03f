import { Anchor, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api-context.js';
import { Prerequisites } from './prerequisites.js';
import { dismissPrerequisites, prerequisitesDismissed } from './prerequisites-storage.js';
import { OrderWizard } from './wizard/order-wizard.js';

type Gate = 'checking' | 'show' | 'pass';

/**
 * "Commander un certificat". The first time (no order yet, checklist never dismissed)
 * the prerequisites come first; the wizard's state is kept while the user looks elsewhere.
 */
export const OrderPage = ({ active }: { active: boolean }) => {
  const { t } = useTranslation();
  const api = useApi();
  const [gate, setGate] = useState<Gate>(() => (prerequisitesDismissed() ? 'pass' : 'checking'));

  useEffect(() => {
    if (!active || gate !== 'checking') return;
    let live = true;
    api.orders.list({}).then(
      (result) => live && setGate(result.ok && result.value.orders.length > 0 ? 'pass' : 'show'),
      () => live && setGate('show'),
    );
    return () => {
      live = false;
    };
  }, [active, api, gate]);

  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Title order={1} size="h2">
          {t('wizard.title')}
        </Title>
        <Text c="dimmed" maw={760}>
          {t('wizard.intro')}
        </Text>
        {gate === 'pass' && (
          <Anchor
            component="button"
            type="button"
            size="sm"
            onClick={() => setGate('show')}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('prereq.review')}
          </Anchor>
        )}
      </Stack>
      {gate === 'checking' && (
        <Group gap="xs" role="status">
          <Loader size="xs" />
          <Text size="sm">{t('wizard.loading')}</Text>
        </Group>
      )}
      {gate === 'show' && (
        <Prerequisites
          onContinue={() => {
            dismissPrerequisites();
            setGate('pass');
          }}
        />
      )}
      {/* Hidden, not unmounted, while the checklist is reviewed: typed fields survive. */}
      <div hidden={gate !== 'pass'}>
        <OrderWizard active={active && gate === 'pass'} />
      </div>
    </Stack>
  );
};
