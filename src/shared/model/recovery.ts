import { z } from 'zod';

/**
 * What Vigie set aside at start because it could not read it (a damaged inventory, a
 * settings or orders file that is not JSON, entries a document held that could not be
 * read), so the window can say what and where instead of showing an empty list unexplained.
 */
export const SetAsideStore = z.enum(['inventory', 'inventory-settings', 'orders', 'token-settings', 'other']);
export type SetAsideStore = z.infer<typeof SetAsideStore>;

export const SetAsideFile = z.object({
  store: SetAsideStore,
  /** 'damaged': the whole file was unreadable and a new one was started; 'unreadable-entries': some entries were left out. */
  reason: z.enum(['damaged', 'unreadable-entries']),
  /** Where the copy is kept (absolute path). */
  path: z.string().max(4096),
});
export type SetAsideFile = z.infer<typeof SetAsideFile>;

export const RecoveryNotice = z.object({
  /** The data folder the copies are in. */
  folder: z.string().max(4096),
  files: z.array(SetAsideFile).min(1).max(50),
});
export type RecoveryNotice = z.infer<typeof RecoveryNotice>;
