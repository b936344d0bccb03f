export type { ExportError, ExportErrorCode } from '../../pki/export/index.js';
export type { ExportProfile } from '../../pki/export/index.js';
export { DEFAULT_ITERATIONS, writePkcs12, type Pkcs12Input } from '../../pki/export/index.js';
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
export { snippetsIn } from './snippets-in.js';
export { PATH_PLACEHOLDER } from '../../pki/export/index.js';
