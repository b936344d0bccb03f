import type { MainHandlers } from '../../shared/ipc/types.js';
import type { InventoryService } from '../services/inventory/inventory-service.js';

/** Contract → the inventory service (arguments arrive parsed, see dispatch.ts). */
export const inventoryHandlers = (inventory: InventoryService): MainHandlers['inventory'] => ({
  list: () => inventory.list(),
  detail: ({ sha256 }) => inventory.detail(sha256),
  refresh: () => inventory.refresh(),
  cancelScan: async () => {
    inventory.cancelScan();
    return null;
  },
  addFile: ({ fileName, data, password }) =>
    inventory.addFile(fileName, new Uint8Array(Buffer.from(data, 'base64')), password),
  addFolder: ({ path }) => inventory.addFolder(path),
  removeFolder: ({ path }) => inventory.removeFolder(path),
  addEndpoint: ({ spec }) => inventory.addEndpoint(spec),
  removeEndpoint: ({ locator }) => inventory.removeEndpoint(locator),
  forget: ({ sha256 }) => inventory.forget(sha256),
  snooze: ({ sha256, until }) => inventory.snooze(sha256, until === null ? null : new Date(until)),
  acknowledge: ({ sha256 }) => inventory.acknowledge(sha256),
  setDeadlines: (settings) => inventory.setDeadlines(settings),
  setCertificateDeadlines: ({ sha256, ...own }) => inventory.setCertificateDeadlines(sha256, own),
  exportReport: ({ format }) => inventory.exportReport(format),
});
