import { contract } from './contract.js';
import type { Operation } from './define.js';

/** Find an operation by channel name; undefined for anything not in the table. */
export const findOperation = (channel: string): Operation | undefined => {
  const dot = channel.indexOf('.');
  if (dot <= 0) return undefined;
  const ns = channel.slice(0, dot);
  const method = channel.slice(dot + 1);
  if (!Object.hasOwn(contract, ns)) return undefined;
  const methods = contract[ns as keyof typeof contract] as Readonly<Record<string, Operation>>;
  return Object.hasOwn(methods, method) ? methods[method] : undefined;
};
