import type { MainHandlers } from '../../shared/ipc/types.js';
import type { DiagnosticError } from '../services/diagnostics/index.js';
import type { Result } from '../../shared/result.js';

/** Contract → "Exporter un diagnostic" (composed in app/compose-diagnostics.ts). */
export const diagnosticsHandlers = (
  exportDiagnostic: () => Promise<Result<{ path: string }, DiagnosticError>>,
): MainHandlers['diagnostics'] => ({
  export: () => exportDiagnostic(),
});
