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
