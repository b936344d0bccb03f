import { Alert, Badge, Drawer, Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { memo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DAY_MS } from '../../../shared/inventory/deadlines.js';
import type { EntryDetail, InventoryEntry } from '../../../shared/model/inventory.js';
import { Fact, FactList } from '../../components/fact-list.js';
import { useFormat } from '../../format/use-format.js';
import { daysLeftLabel } from '../inspector/days-left.js';
import { EnvBadge } from '../inspector/env-badge.js';
import { Fingerprint } from '../inspector/fingerprint.js';
import { PemBlock } from '../inspector/pem-block.js';
import { hexPairs } from '../../format/format.js';
import { rowOf } from './inventory-rows.js';
import { DrawerActions } from './drawer-actions.js';
import { DrawerChain } from './drawer-chain.js';
import { DrawerRevoke } from './drawer-revoke.js';
import { DrawerReminders } from './drawer-reminders.js';
import { PlacesList } from './places-list.js';
import { RevocationFact } from './revocation-fact.js';
import { StatusBadge } from './status-style.js';
import { useDrawerLayers } from './use-drawer-layers.js';
import { useEntryDetail } from './use-entry-detail.js';
import type { Feedback } from './use-inventory-actions.js';

type CertificateDrawerProps = {
  sha256: string | null;
  /** When the list was computed: days left are counted from it, like the table's. */
  nowMs: number;
  onClose: () => void;
  onRenew?: ((entry: InventoryEntry) => void) | undefined;
};

const Section = ({ title, children }: { title: string; children: ReactNode }) => (
  <Stack gap={6}>
    <Title order={3} size="h5">
      {title}
    </Title>
    {children}
  </Stack>
);

/** One certificate in full: where it is and was, its status over time, what Vigie notified. */
export const CertificateDrawer = memo(({ sha256, nowMs, onClose, onRenew }: CertificateDrawerProps) => {
  const { t } = useTranslation();
  const opened = sha256 !== null;
  // Escape is the drawer's only when nothing opened from it is above (see the hook).
  const anchorRef = useDrawerLayers(opened, onClose);
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      closeOnEscape={false}
      position="right"
      size="xl"
      title={t('certificates.drawer.title')}
      closeButtonProps={{ 'aria-label': t('about.close') }}
    >
      {/* Keyed: another certificate starts with its PEM hidden and no old message. */}
      <div ref={anchorRef}>
        {sha256 && (
          <DrawerContent key={sha256} sha256={sha256} nowMs={nowMs} onClose={onClose} onRenew={onRenew} />
        )}
      </div>
    </Drawer>
  );
});
CertificateDrawer.displayName = 'CertificateDrawer';

type DrawerContentProps = Omit<CertificateDrawerProps, 'sha256'> & { sha256: string };

const DrawerContent = ({ sha256, nowMs, onClose, onRenew }: DrawerContentProps) => {
  const { t } = useTranslation();
  const state = useEntryDetail(sha256);
  const [pemShown, setPemShown] = useState(false);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  return (
    <>
      {state.status === 'loading' && (
        <Group gap="xs" role="status">
          <Loader size="xs" />
          <Text size="sm">{t('certificates.drawer.loading')}</Text>
        </Group>
      )}
      {state.status === 'failed' && (
        <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden />}>
          {t(`certificates.errors.${state.error.code}`)}
        </Alert>
      )}
      {state.status === 'ready' && (
        <Stack gap="lg" data-testid="certificate-drawer" data-sha256={state.detail.entry.sha256}>
          <DetailBody
            detail={state.detail}
            nowMs={nowMs}
            actions={
              <DrawerActions
                detail={state.detail}
                pemShown={pemShown}
                onTogglePem={() => setPemShown((s) => !s)}
                onFeedback={setFeedback}
                onForgotten={onClose}
                onRenew={onRenew}
              />
            }
          />
          {feedback && (
            <Alert
              color={feedback.kind === 'error' ? 'red' : 'teal'}
              variant="light"
              role={feedback.kind === 'error' ? 'alert' : 'status'}
              icon={
                feedback.kind === 'error' ? (
                  <IconAlertTriangle aria-hidden />
                ) : (
                  <IconCircleCheck aria-hidden />
                )
              }
              data-testid="drawer-feedback"
            >
              {feedback.text}
            </Alert>
          )}
          {pemShown && <PemBlock pem={state.detail.pem} />}
          <DrawerRevoke entry={state.detail.entry} />
          <DetailSections detail={state.detail} />
        </Stack>
      )}
    </>
  );
};

type DetailBodyProps = { detail: EntryDetail; nowMs: number; actions: ReactNode };

const DetailBody = ({ detail, nowMs, actions }: DetailBodyProps) => {
  const { t } = useTranslation();
  const format = useFormat();
  const { entry } = detail;
  const row = rowOf(entry, format.language);
  const days = Math.floor((row.renewByMs - nowMs) / DAY_MS);
  const label = daysLeftLabel(days);
  return (
    <>
      <Stack gap={6}>
        <Title order={2} size="h3" style={{ overflowWrap: 'anywhere' }} data-testid="drawer-name">
          {row.name}
        </Title>
        {row.detail && (
          <Text c="dimmed" size="sm">
            {row.detail}
          </Text>
        )}
        <Group gap={6}>
          <StatusBadge status={entry.status} />
          {entry.igc && <EnvBadge environment={entry.igc.environment} />}
          {entry.snoozedUntil && (
            <Badge variant="outline" color="gray" tt="none">
              {t('certificates.drawer.snoozedUntil', { date: format.date(entry.snoozedUntil) })}
            </Badge>
          )}
        </Group>
      </Stack>
      {actions}
      <FactList>
        <Fact label={t('certificates.columns.renewBy')}>
          {format.date(entry.renewBy)} —{' '}
          {label.key === 'days.today' ? t(label.key) : t(label.key, { count: label.count })}
        </Fact>
        <Fact label={t('certificates.columns.notAfter')}>{format.dateTime(entry.notAfter)}</Fact>
        <Fact label={t('certificates.drawer.validFrom')}>{format.dateTime(entry.notBefore)}</Fact>
        <Fact label={t('certificates.drawer.subject')}>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {entry.subject}
          </Text>
        </Fact>
        <Fact label={t('certificates.drawer.issuer')}>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {entry.issuer}
          </Text>
        </Fact>
        <Fact label={t('certificates.drawer.genuine')}>
          {entry.igc === null
            ? t('certificates.drawer.notIgc')
            : entry.igc.genuine
              ? t('certificates.drawer.genuineYes')
              : t('certificates.drawer.genuineNo')}
        </Fact>
        <RevocationFact revocation={detail.revocation} />
        {entry.igc?.issuingCa && (
          <Fact label={t('certificates.drawer.issuingCa')}>{entry.igc.issuingCa}</Fact>
        )}
        <Fact label={t('certificates.drawer.serial')}>
          <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
            {hexPairs(entry.serialNumber)}
          </Text>
        </Fact>
        <Fact label={t('certificates.drawer.sha256')}>
          <Fingerprint hex={entry.sha256} label={t('certificates.drawer.sha256')} />
        </Fact>
      </FactList>
    </>
  );
};

const DetailSections = ({ detail }: { detail: EntryDetail }) => {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <Section title={t('certificates.drawer.places')}>
        <PlacesList places={detail.places} />
      </Section>
      <DrawerChain detail={detail} />
      <Section title={t('certificates.drawer.history')}>
        {detail.history.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('certificates.drawer.noHistory')}
          </Text>
        ) : (
          <List size="sm" spacing={2} data-testid="drawer-history">
            {detail.history.map((h, i) => (
              <List.Item key={i}>
                {format.dateTime(h.at)} — {t(`certificates.status.${h.status}`)}
              </List.Item>
            ))}
          </List>
        )}
      </Section>
      <DrawerReminders detail={detail} />
      <Section title={t('certificates.drawer.notifications')}>
        {detail.notified.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('certificates.drawer.noNotifications')}
          </Text>
        ) : (
          <List size="sm" spacing={2} data-testid="drawer-notifications">
            {[...detail.notified]
              .sort((a, b) => b - a)
              .map((days) => (
                <List.Item key={days}>
                  {days === 0
                    ? t('certificates.drawer.thresholdDeadline')
                    : t('certificates.drawer.threshold', { count: days })}
                  {detail.acknowledged.includes(days) && (
                    <Badge ml="xs" size="xs" variant="light" color="gray" tt="none">
                      {t('certificates.drawer.acknowledgedTag')}
                    </Badge>
                  )}
                </List.Item>
              ))}
          </List>
        )}
      </Section>
    </>
  );
};
