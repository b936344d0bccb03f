import type { TokenError } from '../../../shared/model/token.js';

/**
 * slots() and modules() have no Result to carry a failure: when the token service itself
 * cannot answer (its worker stopped, or the provider is closed) they reject with this.
 */
export class TokenServiceError extends Error {
  constructor(readonly error: TokenError) {
    super(error.message);
    this.name = 'TokenServiceError';
  }
}

export const serviceStopped = (message: string): TokenError => ({ code: 'failed', message, ckr: null });
