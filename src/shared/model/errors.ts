import { z } from 'zod';

/**
 * Every way reading a user's file can fail in a way we expect. The renderer and the CLI
 * translate the code; `message` is English, for logs and `--json` consumers.
 */
export const ReadErrorCode = z.enum([
  'empty-file',
  'file-too-large',
  'unrecognized-format',
  'truncated',
  'malformed',
  'password-required',
  'wrong-password',
  'iteration-limit',
  'unsupported-algorithm',
  'integrity-failure',
  'io-error',
  /** A FIFO, device, socket or folder: refused by type before it is opened (opening could block). */
  'not-a-regular-file',
]);
export type ReadErrorCode = z.infer<typeof ReadErrorCode>;

export const ReadError = z.object({
  code: ReadErrorCode,
  message: z.string(),
  /** Machine-readable specifics (e.g. the limit that was hit). */
  detail: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type ReadError = z.infer<typeof ReadError>;
