import type { DeadlineSettings } from '../../../shared/inventory/deadlines.js';
import { toCsv } from '../../../shared/inventory/reports/csv.js';
import { toIcs } from '../../../shared/inventory/reports/ics.js';
import { toPrometheus } from '../../../shared/inventory/reports/prometheus.js';
import type { InventoryError } from '../../../shared/model/inventory.js';
import { err, ok, type Result } from '../../../shared/result.js';
import type { Clock } from '../../ports/clock.js';
import type { FileSystem } from '../../ports/file-system.js';
import type { InventoryStore } from '../../ports/inventory-store.js';
import type { SaveTarget } from '../../ports/save-target.js';
import { reportRows } from './report-rows.js';

export type ReportFormat = 'csv' | 'ics' | 'prometheus';

const REPORT_FILES: Record<ReportFormat, string> = {
  csv: 'certificats-vigie.csv',
  ics: 'echeances-vigie.ics',
  prometheus: 'vigie.prom',
};

/** The whole inventory as a report, written (atomically) where the user chooses. */
export const exportInventory = async (
  deps: { store: InventoryStore; clock: Clock; fs: FileSystem; saveTarget: SaveTarget },
  format: ReportFormat,
  settings: DeadlineSettings,
): Promise<Result<{ path: string }, InventoryError>> => {
  const now = deps.clock.now();
  const rows = reportRows(deps.store, now, { settings });
  const text = format === 'csv' ? toCsv(rows) : format === 'ics' ? toIcs(rows, now) : toPrometheus(rows, now);
  const target = await deps.saveTarget.chooseFile({
    suggestedName: REPORT_FILES[format],
    title: 'Exporter l’inventaire',
  });
  if (target.kind === 'cancelled') return err({ code: 'cancelled', message: 'Cancelled' });
  if (target.kind === 'unavailable') return err({ code: 'unavailable', message: 'No save dialog here' });
  await deps.fs.writeFileAtomic(target.path, new TextEncoder().encode(text));
  return ok({ path: target.path });
};
