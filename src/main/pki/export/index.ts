/** The export topic of the PKI library: what services may use. */
export { exportError } from './export-error.js';
export type { ExportError, ExportErrorCode } from './export-error.js';
export type { ExportProfile } from './pbe-encrypt.js';
export { PATH_PLACEHOLDER, serverSnippets } from './server-snippets.js';
export {
  checkIterationCount,
  checkKeyAndCertificates,
  checkPassword,
  distinctChain,
} from './validate-export.js';
export { DEFAULT_ITERATIONS, writePkcs12 } from './write-pkcs12.js';
export type { Pkcs12Input } from './write-pkcs12.js';
