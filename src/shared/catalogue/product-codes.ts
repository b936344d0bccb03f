/**
 * The twelve IGC-Santé product codes, offer by offer, as plain data. The model's zod enum
 * (model/igc-sante.ts) is built from this list; code that only needs the list (certificate
 * recognition, the catalogue) imports it from here and so runs without loading zod, which
 * costs `vigie inspect` ~25 ms of start-up.
 */
export const PRODUCT_CODES = [
  'SERV_SSL',
  'SERV_SIGN',
  'SERV_CONF',
  'ORG_AUTH_CLI',
  'ORG_SIGN',
  'ORG_CONF',
  'PRO_AUTH',
  'PRO_SIGN',
  'PRO_CONF',
  'PS_AUTH',
  'PS_SIGN',
  'PS_CONF',
] as const;
