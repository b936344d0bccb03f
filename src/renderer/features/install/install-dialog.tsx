import { Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  InstallError,
  InstallTarget,
  InstallTargetResult,
  KeyLocations,
} from '../../../shared/model/install.js';
import type { Order } from '../../../shared/model/order.js';
import { useApi } from '../../api-context.js';
import { CustodyRule } from '../custody/custody-rule.js';
import { ProblemAlert } from '../orders/problem-alert.js';
import { callMain } from '../../errors/call-main.js';
import { LookAlikeAlert, LookAlikeConsent } from '../inspector/look-alike.js';
import { InstallResults } from './install-results.js';
import { TargetList } from './target-list.js';
import { useLookAlike } from './use-look-alike.js';
import { VaultCopyStep } from './vault-copy-step.js';
import { RetireOldStep } from '../renew/retire-old-step.js';
import { SandboxOrigin } from '../retrieve/sandbox-origin.js';
import { useSandboxCertificate } from '../sandbox/use-sandbox-certificate.js';

const STORE_SOURCES: ReadonlySet<string> = new Set(['nss', 'windows-store', 'macos-keychain']);

type InstallDialogProps = {
  order: Order;
  onClose: () => void;
  /**
   * Tick the usual place (the default browser store, the user's Windows store or keychain)
   * when the stores are listed: "Ajouter un certificat" then needs one click to install.
   */
  preselectDefault?: boolean;
};

/** Choose stores → install and read back → decide about the vault copy of the key. */
export const InstallDialog = ({ order, onClose, preselectDefault = false }: InstallDialogProps) => {
  const { t } = useTranslation();
  const api = useApi();
  const [targets, setTargets] = useState<InstallTarget[] | null>(null);
  const [locations, setLocations] = useState<KeyLocations | null>(null);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<InstallError | null>(null);
  const [results, setResults] = useState<InstallTargetResult[] | null>(null);
  const { lookAlike, mark } = useLookAlike(order);
  const [accepted, setAccepted] = useState(false);
  const needsConsent = lookAlike !== null && !accepted;
  // Not an IGC-Santé certificate, but not a look-alike either: say where it comes from.
  const sandbox = useSandboxCertificate(order.certificate?.sha256 ?? '');

  useEffect(() => {
    let live = true;
    void (async () => {
      const listed = await api.install.targets({}).catch(() => ({ targets: [] }));
      const where = await callMain(() => api.install.keyLocations({ orderId: order.id }));
      if (!live) return;
      // A renewal goes where the certificate it replaces is (the inventory knows where).
      const renewed = order.renews;
      const old = renewed ? await callMain(() => api.inventory.detail({ sha256: renewed })) : null;
      if (!live) return;
      const oldPlaces = new Set(
        old?.ok
          ? old.value.entry.locations.filter((l) => STORE_SOURCES.has(l.source)).map((l) => l.locator)
          : [],
      );
      const whereOld = listed.targets.filter((x) => oldPlaces.has(x.label) && !x.inUse && !x.needsAdmin);
      setTargets(listed.targets);
      setLocations(where.ok ? where.value : null);
      if (whereOld.length > 0) setChosen(new Set(whereOld.map((x) => x.id)));
      else if (preselectDefault)
        setChosen(
          new Set(
            listed.targets
              .filter((x) => x.isDefault && x.exists && !x.inUse && !x.needsAdmin)
              .map((x) => x.id),
          ),
        );
    })();
    return () => {
      live = false;
    };
  }, [api, order.id, order.renews, preselectDefault]);

  const toggle = (id: string) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const run = async () => {
    setSubmitted(true);
    if (chosen.size === 0 || pending || needsConsent) return;
    setPending(true);
    setError(null);
    const result = await callMain(() =>
      api.install.run({
        orderId: order.id,
        targetIds: [...chosen],
        ...(lookAlike !== null && accepted ? { acceptLookAlike: true } : {}),
      }),
    );
    setPending(false);
    if (result.ok) setResults(result.value.results);
    else {
      // Main saw a look-alike the inspection did not report: ask for the consent now.
      if (result.error.code === 'look-alike-unconfirmed') mark();
      setError(result.error);
    }
  };

  const verified = results?.filter((r) => r.ok).map((r) => r.label) ?? [];
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('install.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('install.close') }}
    >
      <Stack gap="md">
        {results === null ? (
          <>
            {lookAlike && (sandbox ? <SandboxOrigin /> : <LookAlikeAlert chain={lookAlike.chain} />)}
            <Text size="sm">{t('install.intro')}</Text>
            <CustodyRule />
            {targets === null ? (
              <Group gap="xs">
                <Loader size="xs" />
                <Text size="sm">{t('install.loading')}</Text>
              </Group>
            ) : targets.length === 0 ? (
              <Text size="sm">{t('install.noTargets')}</Text>
            ) : (
              <TargetList
                targets={targets}
                chosen={chosen}
                onToggle={toggle}
                locations={locations}
                error={submitted && chosen.size === 0 ? t('install.chooseOne') : null}
                disabled={pending}
              />
            )}
            {lookAlike && (
              <LookAlikeConsent
                action="install"
                checked={accepted}
                onChange={setAccepted}
                disabled={pending}
                {...(sandbox ? { label: t('retrieve.sandbox.acceptInstall') } : {})}
              />
            )}
            {error && (
              <ProblemAlert
                text={t(`install.errors.${error.code}`)}
                detail={error.message}
                title={t('install.failed')}
              />
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('install.close')}
              </Button>
              <Button
                onClick={() => void run()}
                loading={pending}
                disabled={!targets?.length || needsConsent}
                data-testid="install-run"
              >
                {t('install.run')}
              </Button>
            </Group>
          </>
        ) : (
          <>
            <InstallResults results={results} />
            {verified.length > 0 && <RetireOldStep order={order} />}
            {verified.length > 0 && <VaultCopyStep order={order} places={verified} onDone={onClose} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('install.close')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
};
