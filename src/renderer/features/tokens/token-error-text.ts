import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { TokenError } from '../../../shared/model/token.js';

/**
 * The sentence (with its next step) for a token error code; main's English message stays a
 * technical detail. Takes `t` so a screen outside this feature (the ordering wizard) can
 * use it with its own translator.
 */
export const tokenErrorText = (t: TFunction, error: Pick<TokenError, 'code'>): string =>
  t(`tokens.errors.${error.code}`);

export const useTokenErrorText = () => {
  const { t } = useTranslation();
  return (error: Pick<TokenError, 'code'>): string => tokenErrorText(t, error);
};

/** A call that threw (bridge down, contract refused) reads like main's own 'failed'. */
export const thrownTokenError = (cause: unknown): TokenError => ({
  code: 'failed',
  message: cause instanceof Error ? cause.message : String(cause),
  ckr: null,
});
