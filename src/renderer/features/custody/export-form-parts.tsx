import { Button, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Order, OrderError } from '../../../shared/model/order.js';
import { useFormat } from '../../format/use-format.js';
import { productLabel } from '../inspector/product-label.js';
import { useOrderErrorText } from '../orders/order-error-text.js';
import { ProblemAlert } from '../orders/problem-alert.js';
import { CustodyRule } from './custody-rule.js';

type ExportFormFooterProps = {
  error: OrderError | null;
  pending: boolean;
  onClose: () => void;
  confirmTestId: string;
};

/** The end of both export forms: what went wrong, if anything, then Close / Export. */
export const ExportFormFooter = ({ error, pending, onClose, confirmTestId }: ExportFormFooterProps) => {
  const { t } = useTranslation();
  const errorText = useOrderErrorText();
  return (
    <>
      {error && (
        <ProblemAlert text={errorText(error)} detail={error.message} title={t('custody.exportFailed')} />
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('custody.close')}
        </Button>
        <Button type="submit" loading={pending} data-testid={confirmTestId}>
          {t('custody.export')}
        </Button>
      </Group>
    </>
  );
};

/** The top of both export forms: which certificate, what this export is for, the custody rule. */
export const ExportIntro = ({ order, intro }: { order: Order; intro: string }) => {
  const format = useFormat();
  return (
    <>
      <Text size="sm" fw={500}>
        {productLabel(order.product, format.language)}
      </Text>
      <Text size="sm">{intro}</Text>
      <CustodyRule />
    </>
  );
};

/** After a successful export: what was written (children), the custody rule, Close. */
export const ExportDone = ({ children, onClose }: { children: ReactNode; onClose: () => void }) => {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      {children}
      <CustodyRule />
      <Group justify="flex-end">
        <Button onClick={onClose} data-autofocus>
          {t('custody.close')}
        </Button>
      </Group>
    </Stack>
  );
};
