import { useTranslation } from 'react-i18next';
import type { OrderError } from '../../../shared/model/order.js';
import { tokenErrorText } from '../tokens/token-error-text.js';

/**
 * The sentence for an order error code; main's English message stays a technical detail.
 * A card or token's refusal says what the card said (wrong PIN, removed…) and what to do.
 */
export const useOrderErrorText = () => {
  const { t } = useTranslation();
  return (error: OrderError): string =>
    error.code === 'token-failed' && error.token
      ? tokenErrorText(t, error.token)
      : t(`orders.errors.${error.code}`);
};
