import { Alert, Stack } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A locked PKCS#12: what it is, in words, with the password form right under it. */
export const ProtectedNotice = ({ children }: { children: ReactNode }) => {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" data-testid="add-protected">
      <Alert color="blue" variant="light" icon={<IconLock aria-hidden />} title={t('add.protectedTitle')}>
        {t('add.protectedBody')}
      </Alert>
      {children}
    </Stack>
  );
};
