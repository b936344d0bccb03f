import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrderError } from '../../../shared/model/order.js';
import { useOrderErrorText } from '../orders/order-error-text.js';
import { ProblemAlert } from '../orders/problem-alert.js';

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
