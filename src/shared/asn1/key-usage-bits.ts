/**
 * KeyUsage bit names (RFC 5280 4.2.1.3), in bit order: describe names the bits it decodes,
 * the renderer translates the same names. One list for both runtimes.
 */
export const KEY_USAGE_BITS = [
  'digitalSignature',
  'nonRepudiation',
  'keyEncipherment',
  'dataEncipherment',
  'keyAgreement',
  'keyCertSign',
  'cRLSign',
  'encipherOnly',
  'decipherOnly',
] as const;
