export { createRetrieveService, type RetrieveDeps, type RetrieveService } from './retrieve-service.js';
export { orderSecretAccount, type OrderSecretKind } from './secret-accounts.js';
