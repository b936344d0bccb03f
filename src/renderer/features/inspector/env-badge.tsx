import { Badge } from '@mantine/core';
import { IconFlask } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Environment } from '../../../shared/model/igc-sante.js';

/** TEST is loud on purpose: a test certificate in production is a classic support call. */
export const EnvBadge = ({ environment }: { environment: Environment }) => {
  const { t } = useTranslation();
  return environment === 'production' ? (
    <Badge color="blue" variant="light" data-testid="env-badge" data-environment="production">
      {t('env.production')}
    </Badge>
  ) : (
    <Badge
      color="orange"
      variant="filled"
      leftSection={<IconFlask size={14} aria-hidden />}
      data-testid="env-badge"
      data-environment="test"
    >
      {t('env.test')}
    </Badge>
  );
};
