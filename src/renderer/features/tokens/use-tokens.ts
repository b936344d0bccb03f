import { useCallback, useEffect, useState } from 'react';
import type { PinState, TokenError, TokenRef, TokensView } from '../../../shared/model/token.js';
import { useApi } from '../../api-context.js';
import { thrownTokenError } from './token-error-text.js';

export type TokensState =
  { status: 'loading' } | { status: 'ready'; view: TokensView } | { status: 'failed'; error: TokenError };

/**
 * Modules, readers and tokens: read when the page is shown, then kept current by
 * `tokens.changed` (a card inserted or removed) without reading everything again.
 */
export const useTokens = (active: boolean) => {
  const api = useApi();
  const [state, setState] = useState<TokensState>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(
    () =>
      api.events.on('tokens.changed', ({ slots }) =>
        setState((s) => (s.status === 'ready' ? { status: 'ready', view: { ...s.view, slots } } : s)),
      ),
    [api],
  );

  useEffect(() => {
    // A hidden page does not scan the readers; it reads them again when shown.
    if (!active) return;
    let live = true;
    api.tokens.view({}).then(
      (view) => live && setState({ status: 'ready', view }),
      (cause: unknown) => live && setState({ status: 'failed', error: thrownTokenError(cause) }),
    );
    return () => {
      live = false;
    };
  }, [api, version, active]);

  /** A view main answered with (a module added or removed). */
  const show = useCallback((view: TokensView) => setState({ status: 'ready', view }), []);

  /** The PIN state a try just revealed, so the token's badges say it before the next event. */
  const updatePin = useCallback((ref: TokenRef, pin: PinState) => {
    setState((s) => {
      if (s.status !== 'ready') return s;
      const slots = s.view.slots.map((slot) =>
        slot.module === ref.module && slot.token?.serial === ref.serial
          ? { ...slot, token: { ...slot.token, pin } }
          : slot,
      );
      return { status: 'ready', view: { ...s.view, slots } };
    });
  }, []);

  return { state, reload, show, updatePin };
};
