import { useCallback, useEffect, useMemo, useState } from 'react';
import type { InventoryError, InventoryList } from '../../../shared/model/inventory.js';
import { useApi } from '../../api-context.js';
import { callMain } from '../../errors/call-main.js';
import { useLanguage } from '../../i18n/use-language.js';
import { rowOf, type Row } from './inventory-rows.js';

export type ListError = InventoryError | { code: 'io-error'; message: string };

export type InventoryState =
  { status: 'loading' } | { status: 'ready'; list: InventoryList } | { status: 'failed'; error: ListError };

/**
 * The inventory, reloaded whenever main says it changed. Rows (names, search text) are
 * built here once per load, never per keystroke.
 */
export const useInventory = (active: boolean) => {
  const api = useApi();
  const [language] = useLanguage();
  const [state, setState] = useState<InventoryState>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => api.events.on('inventory.changed', reload), [api, reload]);

  useEffect(() => {
    // A hidden page catches up when it is shown again.
    if (!active) return;
    let live = true;
    void callMain(() => api.inventory.list({})).then((result) => {
      if (!live) return;
      setState(
        result.ok ? { status: 'ready', list: result.value } : { status: 'failed', error: result.error },
      );
    });
    return () => {
      live = false;
    };
  }, [api, version, active]);

  const list = state.status === 'ready' ? state.list : null;
  const rows = useMemo<Row[]>(
    () => (list ? list.entries.map((e) => rowOf(e, language)) : []),
    [list, language],
  );
  return { state, rows, reload };
};
