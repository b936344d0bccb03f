import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { WhyHint } from '../../help/why-hint.js';
import type { Order } from '../../../../shared/model/order.js';
import { CsrPanel } from '../csr-panel.js';
import type { CertificateRun } from './use-generation.js';

type StepCsrProps = {
  runs: readonly CertificateRun[];
  /**
   * False while another place is shown: the panels are then unmounted, so the orders
   * list's own CSR dialog is the only element with its test ids and live copy buttons.
   */
  shown: boolean;
  onOrder: (order: Order) => void;
  onNewOrder: () => void;
  onShowOrders: () => void;
};

/** Step 4: each request to hand to the IGC-Santé platform, and how. */
export const StepCsr = ({ runs, shown, onOrder, onNewOrder, onShowOrders }: StepCsrProps) => {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <Text maw={760}>{t('wizard.csr.intro', { count: runs.length })}</Text>
      <WhyHint>{t('help.wizard.csr')}</WhyHint>
      {runs.map(({ planned, order }) =>
        order && shown ? (
          <CsrPanel key={planned.key} order={order} testKey={planned.key} onOrder={onOrder} />
        ) : null,
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
