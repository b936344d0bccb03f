import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { ApiProvider } from '../../../src/renderer/api-context.js';
import { Providers } from '../../../src/renderer/app.js';
import type { Language } from '../../../src/renderer/i18n/messages.js';
import { createFakeApi, type FakeOverrides } from './fake-api.js';

/** One component (not the whole app) with translations, Mantine's test mode and a fake main. */
export const renderWithApi = (ui: ReactNode, overrides: FakeOverrides = {}, language: Language = 'fr') => {
  const fake = createFakeApi(overrides);
  const view = render(
    <Providers language={language} env="test">
      <ApiProvider api={fake.api}>{ui}</ApiProvider>
    </Providers>,
  );
  return { ...fake, ...view };
};
