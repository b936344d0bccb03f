import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { WhyHint } from '../../help/why-hint.js';
import type { OrderChoice } from '../../../../shared/catalogue/order-plan.js';
import type { ProjectCode } from '../../../../shared/catalogue/projects.js';
import type { Environment, ProductCode } from '../../../../shared/model/igc-sante.js';
import { useProfile } from '../../welcome/profile.js';
import { EnvironmentChoice } from './environment-choice.js';
import type { PlannedCertificate } from './plan.js';
import { PlanSummary } from './plan-summary.js';
import { ProductPicker } from './product-picker.js';
import { ProjectPicker } from './project-picker.js';

export type ServiceForm = {
  readonly mode: 'projects' | 'product';
  readonly projects: readonly ProjectCode[];
  readonly choices: Readonly<Record<string, ProductCode>>;
  readonly product: ProductCode | null;
  readonly environment: Environment | null;
};

export const EMPTY_SERVICE_FORM: ServiceForm = {
  mode: 'projects',
  projects: [],
  choices: {},
  product: null,
  environment: null,
};

type StepServiceProps = {
  form: ServiceForm;
  onChange: (change: Partial<ServiceForm>) => void;
  planned: readonly PlannedCertificate[];
  choices: readonly OrderChoice[];
  attempted: boolean;
};

/** Step 1: "I connect to X" (or "I want product Y"), and production or TEST. */
export const StepService = ({ form, onChange, planned, choices, attempted }: StepServiceProps) => {
  const { t } = useTranslation();
  const nothing = attempted && planned.length === 0 && choices.length === 0;
  // The platform the user said they work on at first start ("Qui êtes-vous ?") is picked
  // for them, still shown and changeable; with no profile it is asked, never guessed.
  const profileEnvironment = useProfile()?.environment ?? null;
  useEffect(() => {
    if (form.environment === null && profileEnvironment !== null)
      onChange({ environment: profileEnvironment });
  }, [form.environment, profileEnvironment, onChange]);
  return (
    <Stack gap="lg">
      <Text maw={760}>{t('wizard.service.intro')}</Text>
      <WhyHint>{t('help.wizard.service')}</WhyHint>
      <SegmentedControl
        value={form.mode}
        onChange={(v) => onChange({ mode: v === 'product' ? 'product' : 'projects' })}
        data={[
          { value: 'projects', label: t('wizard.service.byProject') },
          { value: 'product', label: t('wizard.service.byProduct') },
        ]}
        aria-label={t('wizard.service.modeLabel')}
        style={{ alignSelf: 'flex-start' }}
      />
      {form.mode === 'projects' ? (
        <ProjectPicker
          value={form.projects}
          onChange={(projects) => onChange({ projects })}
          error={nothing ? t('wizard.service.projectsRequired') : null}
        />
      ) : (
        <ProductPicker
          value={form.product}
          onChange={(product) => onChange({ product })}
          error={nothing ? t('wizard.service.productRequired') : null}
        />
      )}
      <PlanSummary
        planned={planned}
        choices={choices}
        picked={form.choices}
        onPick={(key, product) => onChange({ choices: { ...form.choices, [key]: product } })}
        attempted={attempted}
      />
      <EnvironmentChoice
        value={form.environment}
        onChange={(environment) => onChange({ environment })}
        error={attempted && form.environment === null ? t('wizard.service.envRequired') : null}
      />
    </Stack>
  );
};
