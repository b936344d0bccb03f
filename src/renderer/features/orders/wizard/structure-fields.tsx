import { NativeSelect, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DEPARTEMENTS } from '../../../../shared/catalogue/departements.js';
import { CHECK_RULE_MESSAGES, ID_KIND_TEXTS } from '../../../../shared/identifiers/messages.js';
import { validateStructureNumber } from '../../../../shared/identifiers/structure-id.js';
import { StructureIdType } from '../../../../shared/model/igc-sante.js';
import { useLanguage } from '../../../i18n/use-language.js';
import { ERROR_PROPS, MONO_INPUT, type FieldFeedback } from './field-feedback.js';
import type { HolderDraft } from './holder-draft.js';

const KIND = {
  ADELI: 'ADELI_CABINET',
  FINESS: 'FINESS',
  SIREN: 'SIREN',
  SIRET: 'SIRET',
  RPPS: 'RPPS_CABINET',
} as const;

type StructureFieldsProps = {
  draft: HolderDraft;
  onChange: (change: Partial<HolderDraft>) => void;
  feedback: FieldFeedback;
};

/** The structure's identity, shared by every certificate of this order: O, OU and ST. */
export const StructureFields = ({ draft, onChange, feedback }: StructureFieldsProps) => {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { errorOf, touch, track } = feedback;
  const departements = useMemo(
    () => DEPARTEMENTS.map((d) => ({ value: d.code, label: `${d.code} — ${d.name}` })),
    [],
  );
  const idCheck = draft.structureId
    ? validateStructureNumber(draft.structureIdType, draft.structureId)
    : null;
  const idError = errorOf('structureId');
  return (
    <Stack gap="md">
      <TextInput
        label={t('wizard.holder.legalName')}
        description={t('wizard.holder.legalNameHint')}
        value={draft.legalName}
        onChange={(e) => {
          onChange({ legalName: e.currentTarget.value });
          touch('legalName');
        }}
        {...track('legalName')}
        error={errorOf('legalName')}
        errorProps={ERROR_PROPS}
        withAsterisk
        maw={560}
        data-testid="holder-legal-name"
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} maw={760}>
        <NativeSelect
          label={t('wizard.holder.structureIdType')}
          value={draft.structureIdType}
          onChange={(e) => {
            const parsed = StructureIdType.safeParse(e.currentTarget.value);
            if (parsed.success) onChange({ structureIdType: parsed.data });
          }}
          data={StructureIdType.options.map((type) => ({
            value: type,
            label: t(`wizard.holder.structureIdTypes.${type}`),
          }))}
          data-testid="holder-structure-type"
        />
        <TextInput
          label={t('wizard.holder.structureId', {
            type: ID_KIND_TEXTS[KIND[draft.structureIdType]].name[language],
          })}
          description={
            idCheck?.ok
              ? CHECK_RULE_MESSAGES[idCheck.value.rule][language]
              : ID_KIND_TEXTS[KIND[draft.structureIdType]].expected[language]
          }
          value={draft.structureId}
          onChange={(e) => {
            onChange({ structureId: e.currentTarget.value });
            touch('structureId');
          }}
          {...track('structureId')}
          error={idError}
          errorProps={ERROR_PROPS}
          withAsterisk
          autoComplete="off"
          spellCheck={false}
          styles={MONO_INPUT}
          data-testid="holder-structure-id"
        />
      </SimpleGrid>
      <Select
        label={t('wizard.holder.departement')}
        description={t('wizard.holder.departementHint')}
        placeholder={t('wizard.holder.departementPlaceholder')}
        data={departements}
        value={draft.departement}
        onChange={(v) => {
          onChange({ departement: v });
          touch('departement');
        }}
        {...track('departement')}
        searchable
        nothingFoundMessage={t('wizard.nothingFound')}
        error={errorOf('departement')}
        errorProps={ERROR_PROPS}
        withAsterisk
        maw={360}
        data-testid="holder-departement"
      />
    </Stack>
  );
};
