/** Public API of the CSR service: SubjectSpec + product + signer → signed PKCS#10 request. */
export { buildCsr } from './build-csr.js';
export type { BuiltCsr, CsrInput, CsrSigner } from './build-csr.js';
export type { CsrBuildError, CsrBuildErrorCode } from './errors.js';
