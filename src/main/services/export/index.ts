export type { ExportError, ExportErrorCode } from './export-error.js';
export type { ExportProfile } from './pbe-encrypt.js';
export { DEFAULT_ITERATIONS, writePkcs12, type Pkcs12Input } from './write-pkcs12.js';
