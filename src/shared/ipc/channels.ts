import type { Channel, EventName } from './types.js';

/**
 * Every operation's channel and every event name, written out as plain strings so the
 * preload and the dev-bridge client carry no zod (the contract's schemas are 700+ KB).
 * The one definition stays the table in ./contract.ts: these lists are a copy checked
 * against it twice — by the type-level equalities below (adding, renaming or removing an
 * operation or event in the table without doing the same here fails `tsc`) and at run
 * time by test/shared/ipc/channels.test.ts (same names, same order, each of the right kind).
 * This file imports only types from the contract: nothing of it is bundled.
 */
const OPERATION_CHANNELS = [
  'app.getInfo',
  'inspector.inspect',
  'trust.listAnchors',
  'trust.importChain',
  'trust.downloadChain',
  'orders.list',
  'orders.create',
  'orders.generateKey',
  'orders.storeOnToken',
  'orders.exportCsr',
  'orders.markSubmitted',
  'orders.cancel',
  'orders.renew',
  'orders.retireRenewed',
  'retrieve.analyze',
  'retrieve.confirm',
  'custody.exportPkcs12',
  'custody.exportPemBundle',
  'custody.revealSecret',
  'install.targets',
  'install.run',
  'install.keyLocations',
  'install.destroyVaultKey',
  'vault.status',
  'vault.setup',
  'vault.unlock',
  'vault.lock',
  'files.openDialog',
  'inventory.list',
  'inventory.detail',
  'inventory.refresh',
  'inventory.cancelScan',
  'inventory.addFile',
  'inventory.addFolder',
  'inventory.removeFolder',
  'inventory.addEndpoint',
  'inventory.removeEndpoint',
  'inventory.forget',
  'inventory.snooze',
  'inventory.acknowledge',
  'inventory.setDeadlines',
  'inventory.setCertificateDeadlines',
  'inventory.exportReport',
  'tokens.view',
  'tokens.contents',
  'tokens.checkPin',
  'tokens.addModule',
  'tokens.removeModule',
  'diagnostics.export',
  'sandbox.status',
  'sandbox.issue',
  'sandbox.revoke',
  'sandbox.reset',
  'shell.openExternal',
] as const;

const EVENT_NAMES = [
  'app.command',
  'trust.changed',
  'orders.changed',
  'orders.progress',
  'inventory.changed',
  'inventory.progress',
  'inventory.open',
  'tokens.changed',
  'app.recovery',
] as const;

/** True only when A and B are the same type (not merely assignable one way). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;
/** The operation list holds exactly the contract's channels (see the comment above). */
export type ChannelListMatchesContract = Assert<Equal<(typeof OPERATION_CHANNELS)[number], Channel>>;
/** The event list holds exactly the contract's events. */
export type EventListMatchesContract = Assert<Equal<(typeof EVENT_NAMES)[number], EventName>>;

/** Every operation's channel name, in the contract's order. */
export const channels: readonly Channel[] = OPERATION_CHANNELS;

export const eventNames: readonly EventName[] = EVENT_NAMES;

/** Prefix so our channels never collide with Electron's or a library's. */
export const IPC_PREFIX = 'vigie:';
export const EVENT_PREFIX = 'vigie-event:';
export const READY_CHANNEL = 'vigie:renderer-ready';

export const splitChannel = (channel: Channel): [string, string] => {
  const dot = channel.indexOf('.');
  return [channel.slice(0, dot), channel.slice(dot + 1)];
};
