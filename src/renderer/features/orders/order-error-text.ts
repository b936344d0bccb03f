import { useTranslation } from 'react-i18next';
import type { OrderError } from '../../../shared/model/order.js';

/** The sentence for an order error code; main's English message stays a technical detail. */
export const useOrderErrorText = () => {
  const { t } = useTranslation();
  return (error: OrderError): string => t(`orders.errors.${error.code}`);
};
