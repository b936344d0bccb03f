import { useCallback, useEffect, useState } from 'react';
import type { EntryDetail } from '../../../shared/model/inventory.js';
import { useApi } from '../../api-context.js';
import { callMain } from '../../errors/call-main.js';
import type { ListError } from './use-inventory.js';

export type DetailState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; detail: EntryDetail }
  | { status: 'failed'; error: ListError };

type Loaded = { sha256: string; state: DetailState };

/** One certificate's detail, loaded when the drawer opens and again when the inventory changes. */
export const useEntryDetail = (sha256: string | null): DetailState => {
  const api = useApi();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => api.events.on('inventory.changed', reload), [api, reload]);

  useEffect(() => {
    if (sha256 === null) return;
    let live = true;
    void callMain(() => api.inventory.detail({ sha256 })).then((result) => {
      if (!live) return;
      setLoaded({
        sha256,
        state: result.ok
          ? { status: 'ready', detail: result.value }
          : { status: 'failed', error: result.error },
      });
    });
    return () => {
      live = false;
    };
  }, [api, sha256, version]);

  // What was loaded for another certificate is never shown for this one.
  if (sha256 === null) return { status: 'idle' };
  return loaded?.sha256 === sha256 ? loaded.state : { status: 'loading' };
};
