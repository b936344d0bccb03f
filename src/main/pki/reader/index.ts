/**
 * The file reader: bytes in, the objects they hold out (certificates, CSRs, CRLs, private
 * key facts) plus PKCS#12 integrity details. Decoding what each object says is describe/'s job.
 */
export type { ReadObject, ReadOptions, ReaderOutput, Warning } from './types.js';
export { readFile } from './read-file.js';
export { ReaderFailure } from './read-error.js';
