import { Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Environment } from '../../../../shared/model/igc-sante.js';

type EnvironmentChoiceProps = {
  value: Environment | null;
  onChange: (environment: Environment) => void;
  error: string | null;
};

/**
 * Asked every time, never defaulted: a TEST certificate in production (or the reverse) is
 * only found out after the platform has issued it.
 */
export const EnvironmentChoice = ({ value, onChange, error }: EnvironmentChoiceProps) => {
  const { t } = useTranslation();
  return (
    <Radio.Group
      label={t('wizard.service.envLabel')}
      value={value}
      onChange={(v) => onChange(v === 'test' ? 'test' : 'production')}
      error={error}
      errorProps={{ 'data-testid': 'field-error' }}
    >
      <Stack gap="sm" mt="xs">
        <Radio
          value="production"
          label={t('wizard.service.envProduction')}
          description={t('wizard.service.envProductionHint')}
          data-testid="env-production"
        />
        <Radio
          value="test"
          label={t('wizard.service.envTest')}
          description={t('wizard.service.envTestHint')}
          data-testid="env-test"
        />
      </Stack>
    </Radio.Group>
  );
};
