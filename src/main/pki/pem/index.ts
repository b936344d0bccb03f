/** PEM text: finding blocks (with text around them, legacy labels) and reading them as objects. */
export { looksLikePem, scanPem, type BrokenPemBlock, type PemBlock, type ScannedPem } from './pem-scanner.js';
export { readPem } from './read-pem.js';
