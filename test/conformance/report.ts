/** The conformance tables: per suite and family, Vigie and OpenSSL side by side. */
import { count, emptyTally, type CaseOutcome, type Tally } from './outcome.js';

export type SuiteSummary = {
  suite: CaseOutcome['suite'];
  vigie: Tally;
  openssl: Tally | null;
  /** Non-pedantic testcases that must fail and that the validator accepted. */
  vigieFalseAcceptsStrict: number;
  opensslFalseAcceptsStrict: number | null;
  families: { family: string; vigie: Tally; openssl: Tally | null }[];
};

export const summarize = (suite: CaseOutcome['suite'], outcomes: readonly CaseOutcome[]): SuiteSummary => {
  const mine = outcomes.filter((o) => o.suite === suite);
  const withOpenssl = mine.every((o) => o.openssl !== null) && mine.length > 0;
  const families = new Map<string, { vigie: Tally; openssl: Tally | null }>();
  const vigie = emptyTally();
  const openssl = withOpenssl ? emptyTally() : null;
  let vigieStrict = 0;
  let opensslStrict = 0;
  for (const o of mine) {
    const f = families.get(o.family) ?? { vigie: emptyTally(), openssl: withOpenssl ? emptyTally() : null };
    families.set(o.family, f);
    count(vigie, o.expected, o.vigie);
    count(f.vigie, o.expected, o.vigie);
    if (!o.pedantic && o.expected === 'FAILURE' && o.vigie === 'SUCCESS') vigieStrict++;
    if (openssl && f.openssl && o.openssl) {
      count(openssl, o.expected, o.openssl);
      count(f.openssl, o.expected, o.openssl);
      if (!o.pedantic && o.expected === 'FAILURE' && o.openssl === 'SUCCESS') opensslStrict++;
    }
  }
  return {
    suite,
    vigie,
    openssl,
    vigieFalseAcceptsStrict: vigieStrict,
    opensslFalseAcceptsStrict: openssl ? opensslStrict : null,
    families: [...families].sort(([a], [b]) => a.localeCompare(b)).map(([family, t]) => ({ family, ...t })),
  };
};

const pct = (t: Tally) => (t.cases === 0 ? '—' : `${((100 * t.agreed) / t.cases).toFixed(1)}%`);
const cells = (t: Tally | null) =>
  t === null
    ? ['—', '—', '—', '—']
    : [`${t.agreed}/${t.cases}`, String(t.falseAccepts), String(t.falseRejects), String(t.errors)];

/** A plain-text table (the terminal) of one suite. */
export const suiteTable = (s: SuiteSummary): string => {
  const head = [
    'family',
    'Vigie agreed',
    'false accepts',
    'false rejects',
    'errors',
    'OpenSSL agreed',
    'false accepts',
    'false rejects',
    'errors',
  ];
  const rows = [
    ...s.families.map((f) => [f.family, ...cells(f.vigie), ...cells(f.openssl)]),
    ['all', ...cells(s.vigie), ...cells(s.openssl)],
  ];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  const strict =
    `non-pedantic false accepts: Vigie ${s.vigieFalseAcceptsStrict}` +
    (s.opensslFalseAcceptsStrict === null ? '' : `, OpenSSL ${s.opensslFalseAcceptsStrict}`);
  return [
    `${s.suite}: Vigie agrees on ${s.vigie.agreed} of ${s.vigie.cases} (${pct(s.vigie)})` +
      (s.openssl ? `, OpenSSL on ${s.openssl.agreed} (${pct(s.openssl)})` : ''),
    line(head),
    ...rows.map(line),
    strict,
  ].join('\n');
};
