import type { MainHandlers } from '../../shared/ipc/types.js';
import type { TokenService } from '../services/tokens/token-service.js';

/** Contract → the cards and tokens service. A PIN is handed on for the one call, never kept. */
export const tokenHandlers = (tokens: TokenService): MainHandlers['tokens'] => ({
  view: () => tokens.view(),
  contents: ({ token, pin }) => tokens.contents(token, pin),
  checkPin: ({ token, pin }) => tokens.checkPin(token, pin),
  addModule: ({ path }) => tokens.addModule(path),
  removeModule: ({ path }) => tokens.removeModule(path),
});
