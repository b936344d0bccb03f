import { Card, Fieldset, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { WhyHint } from '../../help/why-hint.js';
import { useLanguage } from '../../../i18n/use-language.js';
import { productLabel } from '../../inspector/product-label.js';
import { CertificateNameFields } from './certificate-name-fields.js';
import { DnPreview } from './dn-preview.js';
import { useFieldFeedback } from './field-feedback.js';
import type { HolderDraft } from './holder-draft.js';
import type { CertificateCheck, HolderProblems } from './holder-validation.js';
import { PersonFields } from './person-fields.js';
import { holderKindOf, needsEmployer } from './plan.js';
import { StructureFields } from './structure-fields.js';

type StepHolderProps = {
  draft: HolderDraft;
  onChange: (change: Partial<HolderDraft>) => void;
  checks: readonly CertificateCheck[];
  problems: HolderProblems;
  attempted: boolean;
};

/** Step 2: who the certificates are for, checked as typed, with the exact subject of each. */
export const StepHolder = ({ draft, onChange, checks, problems, attempted }: StepHolderProps) => {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const feedback = useFieldFeedback(problems, attempted);
  const first = checks[0]?.planned;
  if (!first) return null;
  const kind = holderKindOf(first.product);

  return (
    <Stack gap="lg">
      <Text maw={760}>
        {t(kind === 'structure' ? 'wizard.holder.introStructure' : 'wizard.holder.introPerson')}
      </Text>
      <WhyHint>{t('help.wizard.holder')}</WhyHint>
      {kind === 'structure' ? (
        <Fieldset legend={t('wizard.holder.structureLegend')}>
          <StructureFields draft={draft} onChange={onChange} feedback={feedback} />
        </Fieldset>
      ) : (
        <Fieldset legend={t('wizard.holder.personLegend')}>
          <PersonFields draft={draft} onChange={onChange} feedback={feedback} />
        </Fieldset>
      )}
      {kind === 'person' && needsEmployer(first.product) && (
        <Fieldset legend={t('wizard.holder.employerLegend')}>
          <StructureFields draft={draft} onChange={onChange} feedback={feedback} />
        </Fieldset>
      )}
      {checks.map(({ planned, spec }) => (
        <Card key={planned.key} withBorder radius="md" padding="md" data-testid="holder-certificate">
          <Stack gap="md">
            {kind === 'person' && <Text fw={600}>{productLabel(planned.product, language)}</Text>}
            {kind === 'structure' && (
              <CertificateNameFields
                planned={planned}
                draft={draft}
                onChange={onChange}
                feedback={feedback}
                problems={problems}
              />
            )}
            <DnPreview planned={planned} spec={spec} />
          </Stack>
        </Card>
      ))}
    </Stack>
  );
};
