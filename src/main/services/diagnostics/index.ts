export {
  buildDiagnostic,
  exportDiagnostic,
  DIAGNOSTIC_FORMAT,
  DIAGNOSTIC_LOG_LINES,
  type DiagnosticDeps,
  type DiagnosticError,
  type RuntimeFacts,
} from './diagnostic.js';
export { logFailures } from './log-failures.js';
