import { Alert } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The IGC-Santé custody rule, said wherever a key can leave the vault. */
export const CustodyRule = () => {
  const { t } = useTranslation();
  return (
    <Alert color="blue" variant="light" icon={<IconKey aria-hidden />} role="note" data-testid="custody-rule">
      {t('custody.rule')}
    </Alert>
  );
};
