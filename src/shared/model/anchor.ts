import { z } from 'zod';
import { Environment } from './igc-sante.js';

/** An IGC-Santé CA certificate the local trust store holds (pinned fingerprint matched). */
export const Anchor = z.object({
  name: z.string(),
  environment: Environment,
  sha256: z.string(),
  /** Where the copy came from: 'cryptolib', 'imported', 'configured', 'command-line'… */
  source: z.string(),
});
export type Anchor = z.infer<typeof Anchor>;

/** What a chain import keeps: pinned CA certificates only, the rest is counted and ignored. */
export const ImportOutcome = z.object({
  added: z.array(Anchor),
  alreadyKnown: z.number().int(),
  ignored: z.number().int(),
});
export type ImportOutcome = z.infer<typeof ImportOutcome>;

/** Why downloading ANS's chain bundle gave nothing to import. */
export const ChainDownloadErrorCode = z.enum([
  'offline',
  'timeout',
  'too-large',
  'http-status',
  'network',
  'refused-url',
  'unreadable',
]);
export const ChainDownloadError = z.object({ code: ChainDownloadErrorCode, message: z.string() });
export type ChainDownloadError = z.infer<typeof ChainDownloadError>;
