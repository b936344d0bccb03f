import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventPayload } from '../../../shared/ipc/types.js';
import type { ScanReport } from '../../../shared/model/inventory.js';
import { useApi } from '../../api-context.js';
import { callMain } from '../../errors/call-main.js';
import { useFormat } from '../../format/use-format.js';
import type { ListError } from './use-inventory.js';

export type Feedback = { kind: 'success' | 'error'; text: string; detail?: string };
export type ScanProgress = EventPayload<'inventory.progress'>;
export type ReportFormat = 'csv' | 'ics' | 'prometheus';

/** The translated sentence for an inventory error; main's English message is only a detail. */
export const useInventoryErrorText = () => {
  const { t } = useTranslation();
  return (error: ListError): Feedback => ({
    kind: 'error',
    text: t(`certificates.errors.${error.code}`),
    detail: error.message,
  });
};

/**
 * The page's inventory actions: look again everywhere, watch a folder, export. One scan at a
 * time (main queues them anyway); its progress comes as events while it runs.
 */
export const useInventoryActions = () => {
  const api = useApi();
  const { t } = useTranslation();
  const format = useFormat();
  const errorText = useInventoryErrorText();
  const [busy, setBusy] = useState<'refresh' | 'folder' | null>(null);
  const [progress, setProgress] = useState<ScanProgress | null>(null);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [askPath, setAskPath] = useState(false);

  useEffect(() => api.events.on('inventory.progress', setProgress), [api]);

  const scanText = (report: ScanReport): string =>
    [
      report.cancelled
        ? t('certificates.scanCancelled')
        : t('certificates.scanDone', {
            certificates: format.number(report.certificates),
            files: format.number(report.files),
          }),
      report.unreadable > 0
        ? t('certificates.scanUnreadable', { count: report.unreadable, n: format.number(report.unreadable) })
        : '',
    ]
      .filter(Boolean)
      .join(' ');

  const refresh = async () => {
    setBusy('refresh');
    setProgress(null);
    setFeedback(null);
    const result = await callMain(() => api.inventory.refresh({}));
    setBusy(null);
    setFeedback(result.ok ? { kind: 'success', text: scanText(result.value) } : errorText(result.error));
  };

  /** Without a path: the system's folder dialog; where there is none, ask for a typed path. */
  const watchFolder = async (path?: string): Promise<boolean> => {
    setBusy('folder');
    setProgress(null);
    setFeedback(null);
    const result = await callMain(() => api.inventory.addFolder(path === undefined ? {} : { path }));
    setBusy(null);
    if (result.ok) {
      setAskPath(false);
      const { folder, report } = result.value;
      setFeedback({
        kind: 'success',
        text: `${t('certificates.folderWatched', { folder, certificates: format.number(report.certificates) })} ${
          report.unreadable > 0
            ? t('certificates.scanUnreadable', {
                count: report.unreadable,
                n: format.number(report.unreadable),
              })
            : ''
        }`.trim(),
      });
      return true;
    }
    if (result.error.code === 'cancelled') return false;
    if (result.error.code === 'unavailable' && path === undefined) {
      setAskPath(true);
      return false;
    }
    setFeedback(errorText(result.error));
    return false;
  };

  const stopWatching = async (path: string) => {
    const result = await callMain(() => api.inventory.removeFolder({ path }));
    if (!result.ok) setFeedback(errorText(result.error));
  };

  const exportReport = async (format: ReportFormat) => {
    setFeedback(null);
    const result = await callMain(() => api.inventory.exportReport({ format }));
    if (result.ok)
      setFeedback({ kind: 'success', text: t('certificates.exported', { path: result.value.path }) });
    else if (result.error.code !== 'cancelled') setFeedback(errorText(result.error));
  };

  const cancelScan = () => void api.inventory.cancelScan({}).catch(() => undefined);

  // Stable functions that call the latest closures: the toolbar, dialog and cards are
  // memoised, and a keystroke in the search field must not re-render them.
  const latest = useRef({ refresh, watchFolder, stopWatching, exportReport, cancelScan });
  useLayoutEffect(() => {
    latest.current = { refresh, watchFolder, stopWatching, exportReport, cancelScan };
  });
  const stable = useMemo(
    () => ({
      refresh: () => latest.current.refresh(),
      watchFolder: (path?: string) => latest.current.watchFolder(path),
      stopWatching: (path: string) => latest.current.stopWatching(path),
      exportReport: (f: ReportFormat) => latest.current.exportReport(f),
      cancelScan: () => latest.current.cancelScan(),
      dismissFeedback: () => setFeedback(null),
      closePathDialog: () => setAskPath(false),
    }),
    [],
  );
  return useMemo(
    () => ({ busy, progress: busy ? progress : null, feedback, askPath, ...stable }),
    [busy, progress, feedback, askPath, stable],
  );
};

export type InventoryActions = ReturnType<typeof useInventoryActions>;
