export * from './luhn.js';
export * from './id-result.js';
export * from './siren-siret.js';
export * from './finess.js';
export * from './rpps-adeli.js';
export * from './structure-id.js';
export * from './person-id.js';
export * from './messages.js';
