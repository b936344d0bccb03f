import { isAbsolute } from 'node:path';
import { z } from 'zod';
import type { TokenError } from '../../../shared/model/token.js';
import { err, ok, type Result } from '../../../shared/result.js';
import type { DocumentStore } from '../../ports/document-store.js';
import type { FileSystem } from '../../ports/file-system.js';

/** The settings document of cards and tokens: the modules the user added by hand. */
const TokenSettings = z.object({ version: z.literal(1), userModules: z.array(z.string().max(4096)).max(50) });
type TokenSettings = z.infer<typeof TokenSettings>;

const EMPTY: TokenSettings = { version: 1, userModules: [] };

/**
 * The PKCS#11 modules the user added (an HSM's or a token vendor's library), kept in a
 * settings document; the composition root merges them with the known install locations.
 * `paths()` is synchronous: the provider asks for its module list on every reload.
 */
export const createTokenModules = (deps: {
  settings: DocumentStore | null;
  fs: Pick<FileSystem, 'fileInfo'>;
  /** Called after the list changed, so the provider loads or unloads the module. */
  onChanged: () => void;
}) => {
  let current: TokenSettings = EMPTY;

  const save = async (next: TokenSettings) => {
    current = next;
    await deps.settings?.write(next);
    deps.onChanged();
  };

  return {
    /** Reads the settings once at start; an unreadable document keeps a copy and starts empty. */
    async load(): Promise<void> {
      const raw = await deps.settings?.read();
      if (raw === undefined) return;
      const parsed = TokenSettings.safeParse(raw);
      if (parsed.success) current = parsed.data;
      else await deps.settings?.preserve('unreadable');
    },

    paths: (): string[] => [...current.userModules],

    async add(path: string): Promise<Result<null, TokenError>> {
      const info = isAbsolute(path) ? await deps.fs.fileInfo(path) : null;
      if (info?.kind !== 'file')
        return err({
          code: 'module-missing',
          message: `No PKCS#11 module at ${path}: give the full path of its library file`,
          ckr: null,
        });
      if (!current.userModules.includes(path))
        await save({ ...current, userModules: [...current.userModules, path] });
      return ok(null);
    },

    async remove(path: string): Promise<void> {
      if (current.userModules.includes(path))
        await save({ ...current, userModules: current.userModules.filter((p) => p !== path) });
    },
  };
};

export type TokenModules = ReturnType<typeof createTokenModules>;
