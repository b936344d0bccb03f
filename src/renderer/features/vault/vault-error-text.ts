import { useTranslation } from 'react-i18next';
import type { VaultError } from '../../../shared/model/vault.js';

/** The sentence for a vault error code; main's English message stays a technical detail. */
export const useVaultErrorText = () => {
  const { t } = useTranslation();
  return (error: VaultError): string => t(`vault.errors.${error.code}`);
};
