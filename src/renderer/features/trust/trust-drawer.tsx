import { Drawer } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TrustPanel } from './trust-panel.js';

type TrustDrawerProps = { opened: boolean; pickRequest: number; onClose: () => void };

export const TrustDrawer = ({ opened, pickRequest, onClose }: TrustDrawerProps) => {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size="lg"
      title={t('trust.title')}
      closeButtonProps={{ 'aria-label': t('about.close') }}
    >
      {opened && <TrustPanel pickRequest={pickRequest} />}
    </Drawer>
  );
};
