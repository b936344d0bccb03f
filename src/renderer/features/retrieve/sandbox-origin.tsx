import { Alert } from '@mantine/core';
import { IconFlask } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/**
 * Where a sandbox certificate comes from, said plainly: without it the card would read like an
 * IGC-Santé certificate whose chain is not installed, and send the user to import a chain.
 */
export const SandboxOrigin = () => {
  const { t } = useTranslation();
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconFlask aria-hidden />}
      title={t('retrieve.sandbox.originTitle')}
      data-testid="sandbox-origin"
      role="note"
    >
      {t('retrieve.sandbox.origin')}
    </Alert>
  );
};
