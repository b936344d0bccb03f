import { render } from '@testing-library/react';
import { App } from '../../../src/renderer/app.js';
import type { Language } from '../../../src/renderer/i18n/messages.js';
import { createFakeApi, type FakeOverrides } from './fake-api.js';

/** The whole app on a fake main, with Mantine's test mode (no portals, no transitions). */
export const renderApp = (overrides: FakeOverrides = {}, language: Language = 'fr') => {
  const fake = createFakeApi(overrides);
  const view = render(<App api={fake.api} language={language} env="test" />);
  return { ...fake, ...view };
};

/** A File the way the browser hands one over (the reader only uses name, size and bytes). */
export const fileOf = (
  name: string,
  bytes: Uint8Array<ArrayBuffer> = new Uint8Array([0x30, 0x82, 0x01, 0x00]),
) => new File([bytes], name);
