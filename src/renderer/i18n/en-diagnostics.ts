import type { frDiagnostics } from './fr-diagnostics.js';

export const enDiagnostics: typeof frDiagnostics = {
  diagnostics: {
    export: 'Export a diagnostic',
    hint: 'A file for your IT support: versions, settings, available modules and stores, the last log lines. It holds no PIN, password or private key.',
    exporting: 'Preparing the diagnostic…',
    saved: 'Diagnostic saved: {{path}}',
    unavailable: 'Saving a file is not possible here.',
    failed: 'The diagnostic could not be saved.',
  },
};
