import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Order } from '../../../../shared/model/order.js';
import { CsrPanel } from '../csr-panel.js';
import type { CertificateRun } from './use-generation.js';

type StepCsrProps = {
  runs: readonly CertificateRun[];
  onOrder: (order: Order) => void;
  onNewOrder: () => void;
  onShowOrders: () => void;
};

/** Step 4: each request to hand to the IGC-Santé platform, and how. */
export const StepCsr = ({ runs, onOrder, onNewOrder, onShowOrders }: StepCsrProps) => {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <Text maw={760}>{t('wizard.csr.intro', { count: runs.length })}</Text>
      {runs.map(({ planned, order }) =>
        order ? <CsrPanel key={planned.key} order={order} testKey={planned.key} onOrder={onOrder} /> : null,
      )}
      <Group>
        <Button variant="default" onClick={onShowOrders} data-testid="wizard-show-orders">
          {t('wizard.csr.showOrders')}
        </Button>
        <Button variant="subtle" onClick={onNewOrder} data-testid="wizard-restart">
          {t('wizard.csr.newOrder')}
        </Button>
      </Group>
    </Stack>
  );
};
