import { useCallback, useEffect, useState } from 'react';
import type { Anchor } from '../../../shared/model/anchor.js';
import { useApi } from '../../api-context.js';

export type AnchorsState =
  | { status: 'loading' }
  | { status: 'ready'; anchors: readonly Anchor[] }
  | { status: 'failed'; message: string };

/** The local IGC-Santé anchors, reloaded whenever main says the store changed. */
export const useAnchors = () => {
  const api = useApi();
  const [state, setState] = useState<AnchorsState>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => api.events.on('trust.changed', reload), [api, reload]);

  useEffect(() => {
    // A late answer for an older request must not overwrite a newer one.
    let live = true;
    api.trust.listAnchors({}).then(
      ({ anchors }) => live && setState({ status: 'ready', anchors }),
      (cause: unknown) =>
        live &&
        setState({ status: 'failed', message: cause instanceof Error ? cause.message : String(cause) }),
    );
    return () => {
      live = false;
    };
  }, [api, version]);

  return { state, reload };
};
