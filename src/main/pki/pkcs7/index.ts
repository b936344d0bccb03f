/** PKCS#7 / CMS SignedData bundles (.p7b, .p7c): the certificates and CRLs they carry. */
export { readPkcs7, type Pkcs7Content } from './signed-data.js';
