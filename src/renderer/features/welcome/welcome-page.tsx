import { Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { WhyHint } from '../help/why-hint.js';
import { ProfileForm } from './profile-form.js';
import type { Profile } from './profile.js';

type WelcomePageProps = { onDone: (profile: Profile) => void };

/** First start: "Qui êtes-vous ?". The keyboard starts on the heading. */
export const WelcomePage = ({ onDone }: WelcomePageProps) => {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <Stack gap="lg" data-testid="welcome-page">
      <Title order={1} ref={heading} tabIndex={-1} style={{ outline: 'none' }}>
        {t('welcome.title')}
      </Title>
      <Text maw={760}>{t('welcome.intro')}</Text>
      <WhyHint>{t('welcome.why')}</WhyHint>
      <ProfileForm initial={null} submitLabel={t('welcome.start')} onSaved={onDone} />
    </Stack>
  );
};
