/** The asn1 topic of the PKI library: what services may use. */
export { parseDer } from './parse-der.js';
