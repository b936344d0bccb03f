import { NativeSelect, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PROFESSIONS } from '../../../../shared/catalogue/professions.js';
import { CHECK_RULE_MESSAGES, ID_KIND_TEXTS } from '../../../../shared/identifiers/messages.js';
import { validateAdeli, validateRpps } from '../../../../shared/identifiers/rpps-adeli.js';
import { useLanguage } from '../../../i18n/use-language.js';
import { ERROR_PROPS, MONO_INPUT, type FieldFeedback } from './field-feedback.js';
import type { HolderDraft } from './holder-draft.js';

type PersonFieldsProps = {
  draft: HolderDraft;
  onChange: (change: Partial<HolderDraft>) => void;
  feedback: FieldFeedback;
};

/** A health professional: national number, names and profession (C, title, SN + CN + GN). */
export const PersonFields = ({ draft, onChange, feedback }: PersonFieldsProps) => {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { errorOf, touch, track } = feedback;
  const validate = draft.personIdType === 'RPPS' ? validateRpps : validateAdeli;
  const idCheck = draft.personId ? validate(draft.personId) : null;
  const text = (field: 'surname' | 'givenName', testId: string) => (
    <TextInput
      label={t(`wizard.holder.${field}`)}
      value={draft[field]}
      onChange={(e) => {
        onChange({ [field]: e.currentTarget.value });
        touch(field);
      }}
      {...track(field)}
      error={errorOf(field)}
      errorProps={ERROR_PROPS}
      withAsterisk
      data-testid={testId}
    />
  );
  return (
    <Stack gap="md" maw={760}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          label={t('wizard.holder.personIdType')}
          value={draft.personIdType}
          onChange={(e) => onChange({ personIdType: e.currentTarget.value === 'ADELI' ? 'ADELI' : 'RPPS' })}
          data={[
            { value: 'RPPS', label: 'RPPS' },
            { value: 'ADELI', label: 'ADELI' },
          ]}
          data-testid="holder-person-type"
        />
        <TextInput
          label={t('wizard.holder.personId', { type: draft.personIdType })}
          description={
            idCheck?.ok
              ? CHECK_RULE_MESSAGES[idCheck.value.rule][language]
              : ID_KIND_TEXTS[draft.personIdType].expected[language]
          }
          value={draft.personId}
          onChange={(e) => {
            onChange({ personId: e.currentTarget.value });
            touch('personId');
          }}
          {...track('personId')}
          error={errorOf('personId')}
          errorProps={ERROR_PROPS}
          withAsterisk
          autoComplete="off"
          spellCheck={false}
          styles={MONO_INPUT}
          data-testid="holder-person-id"
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {text('surname', 'holder-surname')}
        {text('givenName', 'holder-given-name')}
      </SimpleGrid>
      <Select
        label={t('wizard.holder.profession')}
        data={PROFESSIONS.map((p) => ({ value: p.code, label: p.label[language] }))}
        value={draft.professionCode}
        onChange={(v) => {
          onChange({ professionCode: v });
          touch('professionCode');
        }}
        {...track('professionCode')}
        searchable
        nothingFoundMessage={t('wizard.nothingFound')}
        error={errorOf('professionCode')}
        errorProps={ERROR_PROPS}
        withAsterisk
        maw={360}
        data-testid="holder-profession"
      />
    </Stack>
  );
};
