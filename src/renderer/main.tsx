import '@mantine/core/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, Providers } from './app.js';
import { ensureApi } from './bridge/ensure-api.js';
import { readStoredLanguage } from './i18n/language.js';
import { FatalScreen } from './shell/fatal-screen.js';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);
const language = readStoredLanguage();
// The dev bridge (end-to-end tests, accessibility scans) starts on the home unless the
// address asks for the first-start screen with ?welcome; the desktop app always asks once.
const askProfile =
  import.meta.env.VITE_VIGIE_BRIDGE !== '1' || new URLSearchParams(window.location.search).has('welcome');

try {
  const api = await ensureApi();
  root.render(
    <StrictMode>
      <App api={api} language={language} askProfile={askProfile} />
    </StrictMode>,
  );
} catch (error) {
  root.render(
    <StrictMode>
      <Providers language={language}>
        <FatalScreen error={error} />
      </Providers>
    </StrictMode>,
  );
}
