import { Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RetrieveAnalysis, RetrievedCertificate } from '../../../shared/model/retrieve.js';
import type { UiError } from '../../errors/ui-error.js';
import { PasswordPrompt } from '../inspector/password-prompt.js';
import { LeafPicker } from '../retrieve/leaf-picker.js';
import { AuthorityList } from '../retrieve/authority-list.js';
import { RetrievedCard } from '../retrieve/retrieved-card.js';
import { KeepPanel, type KeepFailure } from './keep-panel.js';
import { ProtectedNotice } from './protected-notice.js';

type AddResultProps = {
  analysis: RetrieveAnalysis;
  onUnlock: (password: string) => Promise<UiError | null>;
  /** Keep the certificate with its key (from the file, or the vault for an order). */
  onKeep: (sha256: string, revocationCode: string, acceptLookAlike: boolean) => Promise<KeepFailure | null>;
  /** Follow the certificates of a file with no key. */
  onWatch: () => Promise<KeepFailure | null>;
  /** What the vault needs before a key can be kept (null: nothing). */
  vaultNeeds: ReactNode;
};

const keepable = (c: RetrievedCertificate) => c.matchedOrderId !== null || c.keyInFile;

/**
 * What the file holds, then one decision. A PKCS#12 still locked shows what can be read of
 * it now and the password form; nothing there says "no certificate" or "cannot be kept"
 * before the password had a chance.
 */
export const AddResult = ({ analysis, onUnlock, onKeep, onWatch, vaultNeeds }: AddResultProps) => {
  const { t } = useTranslation();
  const leaves = analysis.certificates.filter((c) => !c.isCa);
  const authorities = analysis.certificates.filter((c) => c.isCa);
  const [picked, setPicked] = useState<string | null>(null);
  const selected = leaves.find((c) => c.sha256 === picked) ?? leaves.find(keepable) ?? leaves[0] ?? null;

  return (
    <Stack gap="lg">
      {analysis.passwordRequired && (
        <ProtectedNotice>
          <PasswordPrompt onSubmit={onUnlock} />
        </ProtectedNotice>
      )}
      {!analysis.passwordRequired && analysis.certificates.length === 0 && (
        <Text size="sm">{t('retrieve.empty')}</Text>
      )}
      {leaves.map((c, i) => (
        <RetrievedCard
          key={c.sha256}
          certificate={c}
          order={null}
          headingId={`added-${i}`}
          orderLine="when-matched"
        />
      ))}
      <AuthorityList authorities={authorities} />
      {selected && <LeafPicker leaves={leaves} selected={selected} onPick={setPicked} />}
      {!analysis.passwordRequired && selected?.revocation.status === 'revoked' && (
        <Text size="sm" c="red" role="note">
          {t('add.revoked')}
        </Text>
      )}
      {!analysis.passwordRequired &&
        analysis.certificates.length > 0 &&
        selected?.revocation.status !== 'revoked' &&
        (selected && keepable(selected) ? (
          <KeepPanel
            key={selected.sha256}
            mode="keep"
            lookAlike={!selected.genuine && !selected.sandbox}
            vaultNeeds={vaultNeeds}
            onKeep={(code, accept) => onKeep(selected.sha256, code, accept)}
          />
        ) : (
          <KeepPanel mode="watch" lookAlike={false} onKeep={() => onWatch()} />
        ))}
    </Stack>
  );
};
