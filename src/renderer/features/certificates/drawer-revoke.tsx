import { Alert, Button, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconBan, IconChevronDown, IconEye } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LINKS } from '../../../shared/links.js';
import type { InventoryEntry } from '../../../shared/model/inventory.js';
import { hexPairs } from '../../format/format.js';
import { hasCustody } from '../custody/custody-actions.js';
import { RevealCodeDialog } from '../custody/reveal-code-dialog.js';
import { useOrders } from '../orders/use-orders.js';
import { ExternalLink } from '../trust/external-link.js';

/**
 * Nothing to revoke once revoked; once expired no service accepts it any more, and an
 * authority's own certificate is not the user's to revoke.
 */
const revocable = (entry: InventoryEntry): boolean =>
  entry.status !== 'revoked' && entry.status !== 'expired' && entry.igc?.family !== 'CA';

/**
 * "Révoquer…": Vigie cannot revoke (IGC-Santé does it on its platform, with the code chosen
 * at retrieval), so it explains when and how, and shows the code it kept for its own orders.
 * A section that unfolds in the drawer, read alongside the certificate it is about.
 */
export const DrawerRevoke = ({ entry }: { entry: InventoryEntry }) => {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const panelId = useId();
  if (!revocable(entry)) return null;
  return (
    <Stack gap={6} data-testid="drawer-revoke-section">
      <Title order={3} size="h5">
        {t('revokeGuide.title')}
      </Title>
      <Button
        variant="subtle"
        color="red"
        leftSection={<IconBan size={16} aria-hidden />}
        rightSection={
          <IconChevronDown
            size={14}
            aria-hidden
            style={{ transform: opened ? 'rotate(180deg)' : undefined }}
          />
        }
        onClick={() => setOpened((o) => !o)}
        aria-expanded={opened}
        aria-controls={panelId}
        style={{ alignSelf: 'flex-start' }}
        data-testid="drawer-revoke"
      >
        {t('revokeGuide.open')}
      </Button>
      <div id={panelId} hidden={!opened}>
        {/* Mounted only while open: the orders are read when someone asks, not per drawer. */}
        {opened && <RevokeGuide entry={entry} />}
      </div>
    </Stack>
  );
};

const RevokeGuide = ({ entry }: { entry: InventoryEntry }) => {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md" data-testid="revoke-guide">
      <Stack gap="md">
        <Text size="sm">{t('revokeGuide.intro')}</Text>
        <Stack gap={6}>
          <Title order={4} size="h6">
            {t('revokeGuide.whenTitle')}
          </Title>
          <List size="sm" spacing={4}>
            <List.Item>{t('revokeGuide.when.key')}</List.Item>
            <List.Item>{t('revokeGuide.when.card')}</List.Item>
            <List.Item>{t('revokeGuide.when.wrong')}</List.Item>
            <List.Item>{t('revokeGuide.when.leaving')}</List.Item>
          </List>
        </Stack>
        <Stack gap={6}>
          <Title order={4} size="h6">
            {t('revokeGuide.howTitle')}
          </Title>
          {entry.igc ? <IgcSteps entry={entry} /> : <OtherSteps entry={entry} />}
        </Stack>
      </Stack>
    </Paper>
  );
};

const IgcSteps = ({ entry }: { entry: InventoryEntry }) => {
  const { t } = useTranslation();
  return (
    <>
      <List type="ordered" size="sm" spacing={4} data-testid="revoke-steps">
        <List.Item>
          {t(entry.igc?.environment === 'test' ? 'revokeGuide.igc.platformTest' : 'revokeGuide.igc.platform')}
        </List.Item>
        <List.Item>{t('revokeGuide.igc.find', { serial: hexPairs(entry.serialNumber) })}</List.Item>
        <List.Item>{t('revokeGuide.igc.code')}</List.Item>
      </List>
      <ExternalLink url={LINKS.igcSanteHome}>{t('revokeGuide.igc.openSite')}</ExternalLink>
      <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />}>
        {t('revokeGuide.igc.final')}
      </Alert>
      <Stack gap={6}>
        <Title order={4} size="h6">
          {t('revokeGuide.codeTitle')}
        </Title>
        {entry.orderId ? (
          <OrderCode orderId={entry.orderId} />
        ) : (
          <Text size="sm">{t('revokeGuide.codeElsewhere')}</Text>
        )}
      </Stack>
      <Text size="sm" c="dimmed">
        {t('revokeGuide.igc.after')}
      </Text>
    </>
  );
};

/** The code Vigie kept at retrieval, behind the same "nobody sees your screen" dialog as "Mes commandes". */
const OrderCode = ({ orderId }: { orderId: string }) => {
  const { t } = useTranslation();
  const { state } = useOrders(true);
  const [revealing, setRevealing] = useState(false);
  if (state.status === 'loading') return null;
  const order = state.status === 'ready' ? state.orders.find((o) => o.id === orderId) : undefined;
  // Only a retrieved certificate had a code to keep; an unknown order leaves the general advice.
  if (!order || !hasCustody(order)) return <Text size="sm">{t('revokeGuide.codeElsewhere')}</Text>;
  return (
    <>
      <Text size="sm">{t('revokeGuide.codeKept')}</Text>
      <Button
        variant="light"
        leftSection={<IconEye size={16} aria-hidden />}
        onClick={() => setRevealing(true)}
        style={{ alignSelf: 'flex-start' }}
        data-testid="revoke-show-code"
      >
        {t('revokeGuide.showCode')}
      </Button>
      {/* Mounted only while open: the code leaves memory when the dialog closes. */}
      {revealing && <RevealCodeDialog order={order} onClose={() => setRevealing(false)} />}
    </>
  );
};

const OtherSteps = ({ entry }: { entry: InventoryEntry }) => {
  const { t } = useTranslation();
  return (
    <>
      <Text size="sm" data-testid="revoke-other">
        {t('revokeGuide.other.how', { issuer: entry.issuerFields.CN ?? entry.issuer })}
      </Text>
      <Text size="sm">{t('revokeGuide.other.final')}</Text>
      <Text size="sm" c="dimmed">
        {t('revokeGuide.other.after')}
      </Text>
    </>
  );
};
