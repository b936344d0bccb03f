import { AppShell, Container } from '@mantine/core';
import { useMemo, useState } from 'react';
import { InspectorPage } from '../features/inspector/inspector-page.js';
import { TrustDrawer } from '../features/trust/trust-drawer.js';
import { AboutDialog } from './about-dialog.js';
import { AppActionsContext, type AppActions } from './app-actions.js';
import { AppHeader } from './app-header.js';
import { SkipLink } from './skip-link.js';
import { useAppCommand } from './use-app-command.js';

type TrustState = { opened: boolean; pickRequest: number };

export const AppLayout = () => {
  const [trust, setTrust] = useState<TrustState>({ opened: false, pickRequest: 0 });
  const [aboutOpened, setAboutOpened] = useState(false);

  const actions = useMemo<AppActions>(
    () => ({
      openTrust: ({ pick }) => setTrust((s) => ({ opened: true, pickRequest: pick ? s.pickRequest + 1 : 0 })),
    }),
    [],
  );
  useAppCommand('about', () => setAboutOpened(true));
  useAppCommand('import-chain', () => actions.openTrust({ pick: true }));

  return (
    <AppActionsContext value={actions}>
      <SkipLink targetId="main-content" />
      <AppShell header={{ height: 56 }} padding="md">
        <AppShell.Header>
          <AppHeader
            onOpenTrust={() => actions.openTrust({ pick: false })}
            onOpenAbout={() => setAboutOpened(true)}
          />
        </AppShell.Header>
        <AppShell.Main id="main-content" tabIndex={-1} style={{ outline: 'none' }}>
          <Container size="lg" py="md">
            <InspectorPage />
          </Container>
        </AppShell.Main>
      </AppShell>
      <TrustDrawer
        opened={trust.opened}
        pickRequest={trust.pickRequest}
        onClose={() => setTrust({ opened: false, pickRequest: 0 })}
      />
      <AboutDialog opened={aboutOpened} onClose={() => setAboutOpened(false)} />
    </AppActionsContext>
  );
};
