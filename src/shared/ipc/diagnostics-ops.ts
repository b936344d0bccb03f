import { z } from 'zod';
import { op, resultOf } from './define.js';

/**
 * Diagnostics' part of the contract table (./contract.ts includes it as `diagnostics`).
 * The renderer asks; main gathers, redacts and writes the file through the save dialog:
 * only the path written comes back.
 */
export const diagnosticsOps = {
  export: op({
    summary:
      'Exporter un diagnostic: versions, settings and availability (no secrets) and the last log lines, saved where the user chooses',
    args: z.object({}).strict(),
    result: resultOf(
      z.object({ path: z.string().max(4096) }),
      z.object({ code: z.enum(['cancelled', 'unavailable']), message: z.string() }),
    ),
  }),
} as const;
