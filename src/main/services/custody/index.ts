export { createCustodyService, type CustodyDeps, type CustodyService } from './custody-service.js';
