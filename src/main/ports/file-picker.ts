/**
 * The system's open-file dialog. 'unavailable' where there is none (the dev bridge, the
 * CLI): the renderer then falls back to its own file input.
 */
export type PickOutcome =
  { kind: 'picked'; paths: string[] } | { kind: 'cancelled' } | { kind: 'unavailable' };

export type FilePicker = {
  pick(options: { title: string; multiple: boolean }): Promise<PickOutcome>;
};

export const noFilePicker: FilePicker = { pick: async () => ({ kind: 'unavailable' }) };
