import { redactText, redactValue } from '../../../shared/diagnostics/redact.js';
import { err, ok, type Result } from '../../../shared/result.js';
import type { Clock } from '../../ports/clock.js';
import type { FileSystem } from '../../ports/file-system.js';
import type { Log } from '../../ports/log.js';
import type { SaveTarget } from '../../ports/save-target.js';

/** Versions and platform facts (the composition root reads them from the process and the OS). */
export type RuntimeFacts = Record<string, string | number | boolean | null>;

export type DiagnosticDeps = {
  clock: Clock;
  fs: FileSystem;
  saveTarget: SaveTarget;
  log: Log;
  runtime: () => RuntimeFacts;
  /**
   * Named parts read when the diagnostic is made (settings, vault, modules, stores…). Each
   * one is bounded in time; one that fails or hangs is reported as unavailable, never fatal.
   */
  sections: Record<string, () => Promise<unknown>>;
};

export type DiagnosticError = { code: 'cancelled' | 'unavailable'; message: string };

export const DIAGNOSTIC_FORMAT = 'vigie-diagnostic/1';
/** How many log lines the bundle carries (the last ones, across rotated files). */
export const DIAGNOSTIC_LOG_LINES = 300;
const SECTION_TIMEOUT_MS = 5_000;

const within = <T>(work: () => Promise<T>, ms: number): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    work().then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });

/**
 * The diagnostic as a JSON-safe value: every string redacted, every secret-named field
 * replaced (src/shared/diagnostics/redact.ts), whatever a section returns.
 */
export const buildDiagnostic = async (deps: Omit<DiagnosticDeps, 'saveTarget' | 'fs'>) => {
  const sections: Record<string, unknown> = {};
  for (const [name, read] of Object.entries(deps.sections)) {
    try {
      sections[name] = await within(read, SECTION_TIMEOUT_MS);
    } catch (cause) {
      sections[name] = { unavailable: cause instanceof Error ? cause.message : String(cause) };
    }
  }
  const lines = await deps.log.tail(DIAGNOSTIC_LOG_LINES).catch(() => [] as string[]);
  return redactValue({
    format: DIAGNOSTIC_FORMAT,
    createdAt: deps.clock.now().toISOString(),
    runtime: deps.runtime(),
    ...sections,
    recentLog: lines.map((line) => redactText(line)),
  }) as Record<string, unknown>;
};

const stamp = (d: Date) => d.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');

/** "Exporter un diagnostic": written (atomically) where the user chooses, like other exports. */
export const exportDiagnostic = async (
  deps: DiagnosticDeps,
): Promise<Result<{ path: string }, DiagnosticError>> => {
  const value = await buildDiagnostic(deps);
  const target = await deps.saveTarget.chooseFile({
    suggestedName: `diagnostic-vigie-${stamp(deps.clock.now())}.json`,
    title: 'Exporter un diagnostic',
  });
  if (target.kind === 'cancelled') return err({ code: 'cancelled', message: 'Cancelled' });
  if (target.kind === 'unavailable') return err({ code: 'unavailable', message: 'No save dialog here' });
  await deps.fs.writeFileAtomic(target.path, new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`));
  deps.log.write('info', 'diagnostics', 'diagnostic exported');
  return ok({ path: target.path });
};
