import { Alert, Code, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LINKS } from '../../../shared/links.js';
import { ExternalLink } from '../trust/external-link.js';
import { ProfileForm } from '../welcome/profile-form.js';
import { useProfile } from '../welcome/profile.js';

const PLATFORM_STEPS = ['order', 'request', 'retrieve', 'renew', 'revoke'] as const;
const OFFERS = ['org', 'serv', 'pro', 'ps'] as const;
const CPS_MODULES = ['windows', 'linux', 'macos'] as const;

const Section = ({ title, children }: { title: string; children: ReactNode }) => (
  <Paper withBorder p="lg" radius="md" component="section" aria-label={title}>
    <Stack gap="sm">
      <Title order={2} size="h3">
        {title}
      </Title>
      {children}
    </Stack>
  </Paper>
);

/** "Aide": the CPS card, the platform's steps, the certificate types, and "Modifier mon profil". */
export const HelpPage = ({ active }: { active: boolean }) => {
  const { t } = useTranslation();
  const profile = useProfile();
  const [saved, setSaved] = useState(false);
  // "Profil enregistré" is news for this visit only.
  const [wasActive, setWasActive] = useState(active);
  if (active !== wasActive) {
    setWasActive(active);
    if (!active) setSaved(false);
  }

  return (
    <Stack gap="lg" data-testid="help-page">
      <Title order={1}>{t('help.title')}</Title>
      <Text maw={760}>{t('help.intro')}</Text>

      <Section title={t('help.cps.title')}>
        <Text>{t('help.cps.intro')}</Text>
        <List type="ordered" spacing="xs">
          <List.Item>{t('help.cps.install')}</List.Item>
          <List.Item>{t('help.cps.plug')}</List.Item>
          <List.Item>
            {t('help.cps.module')}
            <List withPadding spacing={4} mt={4}>
              {CPS_MODULES.map((os) => (
                <List.Item key={os}>
                  <Code>{t(`help.cps.${os}`)}</Code>
                </List.Item>
              ))}
            </List>
          </List.Item>
        </List>
        <Text>{t('help.cps.pin')}</Text>
        <Text>{t('help.cps.trust')}</Text>
      </Section>

      <Section title={t('help.platform.title')}>
        <Text>{t('help.platform.intro')}</Text>
        <List type="ordered" spacing="xs">
          {PLATFORM_STEPS.map((step) => (
            <List.Item key={step}>{t(`help.platform.${step}`)}</List.Item>
          ))}
        </List>
        <Text>{t('help.platform.test')}</Text>
      </Section>

      <Section title={t('help.types.title')}>
        <Text>{t('help.types.intro')}</Text>
        <List spacing="xs">
          {OFFERS.map((offer) => (
            <List.Item key={offer}>{t(`help.types.${offer}`)}</List.Item>
          ))}
        </List>
        <Text>{t('help.types.uses')}</Text>
        <Text>{t('help.types.validity')}</Text>
      </Section>

      <Section title={t('help.links')}>
        <Group gap="lg">
          <ExternalLink url={LINKS.igcSanteHome}>{t('help.linkHome')}</ExternalLink>
          <ExternalLink url={LINKS.policies}>{t('help.linkPolicies')}</ExternalLink>
          <ExternalLink url={LINKS.ansHome}>{t('help.linkAns')}</ExternalLink>
        </Group>
      </Section>

      <Section title={t('help.profile.title')}>
        <Text>{t('help.profile.intro')}</Text>
        <Text fw={500} data-testid="profile-current">
          {profile
            ? t('welcome.current', {
                role: t(`welcome.roles.${profile.role}.label`),
                environment:
                  profile.environment === 'test' ? t('welcome.envTest') : t('welcome.envProduction'),
              })
            : t('welcome.none')}
        </Text>
        <ProfileForm initial={profile} submitLabel={t('welcome.save')} onSaved={() => setSaved(true)} />
        {saved && (
          <Alert color="green" variant="light" role="status">
            {t('welcome.saved')}
          </Alert>
        )}
      </Section>
    </Stack>
  );
};
