export type { ExportError, ExportErrorCode } from './export-error.js';
export type { ExportProfile } from './pbe-encrypt.js';
export { DEFAULT_ITERATIONS, writePkcs12, type Pkcs12Input } from './write-pkcs12.js';
export {
  CERT_MODE,
  FILE_NAMES,
  KEY_MODE,
  writePemBundle,
  type PemBundle,
  type PemBundleInput,
  type PemFile,
  type PemFileRole,
} from './pem-bundle.js';
export { savePemBundle, type SaveOptions } from './save-pem-bundle.js';
export { PATH_PLACEHOLDER } from './server-snippets.js';
