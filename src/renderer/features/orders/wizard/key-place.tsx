import { Radio, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { SlotSummary, TokenRef, TokenSummary } from '../../../../shared/model/token.js';
import { useTokens } from '../../tokens/use-tokens.js';

/** Where an order's private key is made: the vault, or a card or token (never extractable). */
export type KeyPlace = { kind: 'vault' } | { kind: 'token'; ref: TokenRef; token: TokenSummary };

export const VAULT_PLACE: KeyPlace = { kind: 'vault' };

/** Slots whose token can take a key: present, writable, its PIN not locked. One entry per serial. */
export const writableTokens = (slots: readonly SlotSummary[]) => {
  const seen = new Set<string>();
  return slots.flatMap((s) => {
    if (!s.token || s.token.writeProtected || s.token.pin.locked || seen.has(s.token.serial)) return [];
    seen.add(s.token.serial);
    return [{ ref: { module: s.module, serial: s.token.serial }, token: s.token }];
  });
};

const valueOf = (place: KeyPlace) => (place.kind === 'vault' ? 'vault' : `token:${place.ref.serial}`);

type KeyPlaceChoiceProps = { value: KeyPlace; onChange: (place: KeyPlace) => void; disabled: boolean };

/**
 * "Où créer la clé ?": offered only when a writable card or token is present (the list
 * follows insertions and removals). A card taken out while chosen falls back to the vault.
 */
export const KeyPlaceChoice = ({ value, onChange, disabled }: KeyPlaceChoiceProps) => {
  const { t } = useTranslation();
  const tokens = useTokens(true);
  const choices = tokens.state.status === 'ready' ? writableTokens(tokens.state.view.slots) : [];
  const chosen = valueOf(value);
  const gone =
    value.kind === 'token' &&
    tokens.state.status === 'ready' &&
    !choices.some((c) => `token:${c.ref.serial}` === chosen);
  useEffect(() => {
    if (gone) onChange(VAULT_PLACE);
  }, [gone, onChange]);
  if (choices.length === 0) return null;
  return (
    <Radio.Group
      label={t('wizard.keys.placeLabel')}
      description={t('wizard.keys.placeHint')}
      value={chosen}
      onChange={(v) => {
        if (v === 'vault') return onChange(VAULT_PLACE);
        const picked = choices.find((c) => `token:${c.ref.serial}` === v);
        if (picked) onChange({ kind: 'token', ...picked });
      }}
    >
      <Stack gap="xs" mt="xs">
        <Radio
          value="vault"
          disabled={disabled}
          label={t('wizard.keys.placeVault')}
          data-testid="key-place-vault"
        />
        {choices.map((c) => (
          <Radio
            key={c.ref.serial}
            value={`token:${c.ref.serial}`}
            disabled={disabled}
            data-testid={`key-place-token-${c.ref.serial}`}
            label={
              <Stack gap={0}>
                <Text size="sm">
                  {t(c.token.cps ? 'wizard.keys.placeCard' : 'wizard.keys.placeToken', {
                    label: c.token.label,
                    serial: c.token.serial,
                  })}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('wizard.keys.placeTokenHint')}
                </Text>
              </Stack>
            }
          />
        ))}
      </Stack>
    </Radio.Group>
  );
};
