import { AppShell, Container } from '@mantine/core';
import { useMemo, useState } from 'react';
import { AddCertificatePage } from '../features/add/add-certificate-page.js';
import { CertificatesPage, type FocusRequest } from '../features/certificates/certificates-page.js';
import { RenewDialog } from '../features/renew/renew-dialog.js';
import type { InventoryEntry } from '../../shared/model/inventory.js';
import { InspectorPage } from '../features/inspector/inspector-page.js';
import { OrderPage } from '../features/orders/order-page.js';
import { OrdersPage } from '../features/orders/orders-page.js';
import { RetrievePage } from '../features/retrieve/retrieve-page.js';
import { TokensPage } from '../features/tokens/tokens-page.js';
import { SandboxPage } from '../features/sandbox/sandbox-page.js';
import { TrustDrawer } from '../features/trust/trust-drawer.js';
import { HelpPage } from '../features/help/help-page.js';
import { readStoredProfile, ROLE_SETTINGS } from '../features/welcome/profile.js';
import { WelcomePage } from '../features/welcome/welcome-page.js';
import { AboutDialog } from './about-dialog.js';
import { AppActionsContext, type AppActions } from './app-actions.js';
import { AppHeader } from './app-header.js';
import { AppNav } from './app-nav.js';
import { RecoveryNotice } from './recovery-notice.js';
import type { Place } from './places.js';
import { SkipLink } from './skip-link.js';
import { useAppCommand, useInventoryOpen } from './use-app-command.js';

type TrustState = { opened: boolean; pickRequest: number };

const MAIN_ID = 'main-content';

/** `askProfile`: a first start (no profile stored) opens on "Qui êtes-vous ?". */
export const AppLayout = ({ askProfile = false }: { askProfile?: boolean }) => {
  const [trust, setTrust] = useState<TrustState>({ opened: false, pickRequest: 0 });
  const [aboutOpened, setAboutOpened] = useState(false);
  const [place, setPlace] = useState<Place>(() => {
    const profile = readStoredProfile();
    return profile ? ROLE_SETTINGS[profile.role].home : 'certificates';
  });
  const [welcoming, setWelcoming] = useState(() => askProfile && readStoredProfile() === null);
  // The certificate a notification (or an add) asked to show on the home; every request
  // counts, so the same notification clicked twice reopens a drawer closed in between.
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const showCertificate = (sha256: string | null) => setFocus((f) => ({ sha256, seq: (f?.seq ?? 0) + 1 }));
  const [renewing, setRenewing] = useState<InventoryEntry | null>(null);
  // A file the inspector hands to "Ajouter un certificat" (the page restarts on it).
  const [incoming, setIncoming] = useState<File | null>(null);
  // The sandbox's issued certificate handed to "Retirer un certificat" (the page restarts on it).
  const [toRetrieve, setToRetrieve] = useState<File | null>(null);
  const [navOpened, setNavOpened] = useState(false);

  const actions = useMemo<AppActions>(
    () => ({
      openTrust: ({ pick }) => setTrust((s) => ({ opened: true, pickRequest: pick ? s.pickRequest + 1 : 0 })),
      navigate: (to) => {
        setWelcoming(false);
        setPlace(to);
        setNavOpened(false);
      },
      addFile: (file) => {
        setWelcoming(false);
        setIncoming(file);
        setPlace('add');
        setNavOpened(false);
      },
      retrieveFile: (file) => {
        setWelcoming(false);
        setToRetrieve(file);
        setPlace('retrieve');
        setNavOpened(false);
      },
    }),
    [],
  );
  // A menu command moves the keyboard to the page it opened, as the skip link would.
  const goFromMenu = (to: Place) => {
    actions.navigate(to);
    requestAnimationFrame(() => document.getElementById(MAIN_ID)?.focus());
  };
  useAppCommand('about', () => setAboutOpened(true));
  useAppCommand('import-chain', () => actions.openTrust({ pick: true }));
  useAppCommand('open-file', () => actions.navigate('inspect'));
  useAppCommand('certificates', () => goFromMenu('certificates'));
  useAppCommand('add-certificate', () => goFromMenu('add'));
  useInventoryOpen((sha256) => {
    showCertificate(sha256);
    goFromMenu('certificates');
  });
  useAppCommand('new-order', () => goFromMenu('order'));
  useAppCommand('orders', () => goFromMenu('orders'));

  return (
    <AppActionsContext value={actions}>
      <SkipLink targetId={MAIN_ID} />
      <AppShell
        header={{ height: 56 }}
        navbar={{ width: 264, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
        padding="md"
      >
        <AppShell.Header>
          <AppHeader
            navOpened={navOpened}
            onToggleNav={() => setNavOpened((o) => !o)}
            onOpenTrust={() => actions.openTrust({ pick: false })}
            onOpenAbout={() => setAboutOpened(true)}
          />
        </AppShell.Header>
        <AppShell.Navbar p="sm">
          <AppNav current={place} onNavigate={actions.navigate} />
        </AppShell.Navbar>
        <AppShell.Main id={MAIN_ID} tabIndex={-1} style={{ outline: 'none' }}>
          {welcoming && (
            <Container size="lg" py="md">
              <WelcomePage onDone={(profile) => goFromMenu(ROLE_SETTINGS[profile.role].home)} />
            </Container>
          )}
          {/* Every place stays mounted: an order half-typed survives a look at the list. */}
          <Container size="xl" py="md" hidden={welcoming || place !== 'certificates'}>
            <CertificatesPage
              active={place === 'certificates'}
              onAdd={() => actions.navigate('add')}
              focus={focus}
              onRenew={setRenewing}
            />
          </Container>
          <Container size="lg" py="md" hidden={welcoming || place !== 'add'}>
            <AddCertificatePage
              key={incoming ? `${incoming.name}-${incoming.lastModified}` : 'add'}
              initialFile={incoming}
              active={place === 'add'}
              onDone={(sha256) => {
                showCertificate(sha256);
                actions.navigate('certificates');
              }}
            />
          </Container>
          <Container size="lg" py="md" hidden={welcoming || place !== 'inspect'}>
            <InspectorPage />
          </Container>
          <Container size="lg" py="md" hidden={welcoming || place !== 'order'}>
            <OrderPage active={place === 'order'} />
          </Container>
          <Container size="lg" py="md" hidden={welcoming || place !== 'orders'}>
            <OrdersPage active={place === 'orders'} />
          </Container>
          <Container size="lg" py="md" hidden={welcoming || place !== 'retrieve'}>
            <RetrievePage
              key={toRetrieve ? `${toRetrieve.name}-${toRetrieve.lastModified}` : 'retrieve'}
              initialFile={toRetrieve}
              active={place === 'retrieve'}
            />
          </Container>
          <Container size="lg" py="md" hidden={welcoming || place !== 'tokens'}>
            <TokensPage active={place === 'tokens'} />
          </Container>
          <Container size="lg" py="md" hidden={welcoming || place !== 'sandbox'}>
            <SandboxPage active={!welcoming && place === 'sandbox'} />
          </Container>
          <Container size="lg" py="md" hidden={welcoming || place !== 'help'}>
            <HelpPage active={!welcoming && place === 'help'} />
          </Container>
        </AppShell.Main>
      </AppShell>
      <TrustDrawer
        opened={trust.opened}
        pickRequest={trust.pickRequest}
        onClose={() => setTrust({ opened: false, pickRequest: 0 })}
      />
      <AboutDialog opened={aboutOpened} onClose={() => setAboutOpened(false)} />
      <RecoveryNotice />
      {renewing && (
        <RenewDialog
          entry={renewing}
          onClose={() => setRenewing(null)}
          // The renewal order is a draft: its steps (key, CSR, platform) are in "Mes commandes".
          onStarted={() => {
            setRenewing(null);
            goFromMenu('orders');
          }}
        />
      )}
    </AppActionsContext>
  );
};
