import { Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Order, OrderError } from '../../../shared/model/order.js';
import type { RetrieveAnalysis, RetrievedCertificate } from '../../../shared/model/retrieve.js';
import type { UiError } from '../../errors/ui-error.js';
import { PasswordPrompt } from '../inspector/password-prompt.js';
import { LeafPicker } from './leaf-picker.js';
import { AuthorityList } from './authority-list.js';
import { KeepStep } from './keep-step.js';
import { RetrievedCard } from './retrieved-card.js';
import type { ConfirmChoice } from './use-retrieve.js';

type RetrieveResultProps = {
  analysis: RetrieveAnalysis;
  orders: readonly Order[];
  onUnlock: (password: string) => Promise<UiError | null>;
  onConfirm: (choice: ConfirmChoice) => Promise<OrderError | null>;
};

const keepable = (c: RetrievedCertificate) => c.matchedOrderId !== null || c.keyInFile;

/** What the file holds, which order it answers, and the step that keeps it. */
export const RetrieveResult = ({ analysis, orders, onUnlock, onConfirm }: RetrieveResultProps) => {
  const { t } = useTranslation();
  const leaves = analysis.certificates.filter((c) => !c.isCa);
  const authorities = analysis.certificates.filter((c) => c.isCa);
  const [picked, setPicked] = useState<string | null>(null);
  // Usually one end-entity certificate; if several, the one with an order is the likely choice.
  const selected = leaves.find((c) => c.sha256 === picked) ?? leaves.find(keepable) ?? leaves[0] ?? null;
  const orderOf = (c: RetrievedCertificate) => orders.find((o) => o.id === c.matchedOrderId) ?? null;

  const blocked = analysis.passwordRequired
    ? t('retrieve.confirmBlockedPassword')
    : selected?.revocation.status === 'revoked'
      ? t('revocation.confirmBlocked')
      : selected && !keepable(selected)
        ? t('retrieve.confirmBlockedOrder')
        : null;

  return (
    <Stack gap="lg">
      {analysis.passwordRequired && <PasswordPrompt onSubmit={onUnlock} />}
      {leaves.length === 0 && <Text size="sm">{t('retrieve.empty')}</Text>}
      {leaves.length > 0 && (
        <Text fw={600} c="dimmed" tt="uppercase" size="xs">
          {t('retrieve.certificates')}
        </Text>
      )}
      {leaves.map((c, i) => (
        <RetrievedCard key={c.sha256} certificate={c} order={orderOf(c)} headingId={`retrieved-${i}`} />
      ))}
      <AuthorityList authorities={authorities} />
      {selected && <LeafPicker leaves={leaves} selected={selected} onPick={setPicked} />}
      {selected && (
        <KeepStep
          // A new pick starts with the box unticked: consent is for one certificate.
          key={selected.sha256}
          blocked={blocked}
          lookAlike={!selected.genuine && !selected.sandbox}
          onConfirm={(revocationCode, acceptLookAlike) =>
            onConfirm({ certificateSha256: selected.sha256, revocationCode, acceptLookAlike })
          }
        />
      )}
    </Stack>
  );
};
