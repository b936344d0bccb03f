import { MantineProvider } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { RendererApi } from '../shared/ipc/types.js';
import { ApiProvider } from './api-context.js';
import { applyDocumentLanguage } from './i18n/language.js';
import type { Language } from './i18n/messages.js';
import { createI18n } from './i18n/setup.js';
import { AppLayout } from './shell/app-layout.js';
import { cssVariablesResolver, theme } from './theme.js';

type ProvidersProps = {
  language: Language;
  children: ReactNode;
  /** 'test' turns off Mantine transitions and portals (unit tests). */
  env?: 'default' | 'test';
};

/** Theme (light/dark from the OS) and translations: shared by the app and the error screen. */
export const Providers = ({ language, children, env = 'default' }: ProvidersProps) => {
  const [i18n] = useState(() => {
    applyDocumentLanguage(language);
    return createI18n(language);
  });
  return (
    <I18nextProvider i18n={i18n}>
      {/* "auto": the OS's light or dark scheme, followed live when it changes. */}
      <MantineProvider
        theme={theme}
        cssVariablesResolver={cssVariablesResolver}
        defaultColorScheme="auto"
        env={env}
      >
        {children}
      </MantineProvider>
    </I18nextProvider>
  );
};

type AppProps = {
  api: RendererApi;
  language: Language;
  env?: 'default' | 'test';
  /** Ask "Qui êtes-vous ?" when no profile is stored (the real app; off in unit tests). */
  askProfile?: boolean;
};

export const App = ({ api, language, env = 'default', askProfile = false }: AppProps) => (
  <Providers language={language} env={env}>
    <ApiProvider api={api}>
      <AppLayout askProfile={askProfile} />
    </ApiProvider>
  </Providers>
);
