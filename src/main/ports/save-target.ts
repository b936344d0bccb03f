/**
 * Where main writes an export the user asked for: the system save dialog in the desktop
 * app; 'unavailable' where there is none (the CLI). The renderer only ever learns the path
 * that was written, never the bytes.
 */
export type SaveOutcome = { kind: 'chosen'; path: string } | { kind: 'cancelled' } | { kind: 'unavailable' };

export type SaveTarget = {
  /** A file to create (the dialog asks before replacing an existing one). */
  chooseFile(options: { suggestedName: string; title: string }): Promise<SaveOutcome>;
  /** A folder to write several files into (the caller refuses to overwrite files there). */
  chooseFolder(options: { title: string; suggestedName?: string }): Promise<SaveOutcome>;
};

export const noSaveTarget: SaveTarget = {
  chooseFile: async () => ({ kind: 'unavailable' }),
  chooseFolder: async () => ({ kind: 'unavailable' }),
};
