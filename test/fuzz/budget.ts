/**
 * How many cases each property runs, and under which limits. Two modes, same properties:
 *
 * - `npm test` (no VIGIE_FUZZ_RUNS): a small fixed-seed budget (TEST_TOTAL cases in all, a
 *   few seconds) and a generous time limit per case (2 s): the machine is shared and loaded,
 *   and `npm test` holds no timed assertion that a busy neighbour could break.
 * - `npm run fuzz` (scripts/fuzz.mjs sets VIGIE_FUZZ_RUNS, VIGIE_FUZZ_SEED, VIGIE_FUZZ_REPORT):
 *   VIGIE_FUZZ_RUNS cases split by WEIGHTS, a random seed, and the real limit of 200 ms per case.
 */

/** Every property, by id, with its share of the budget (cost and value: parsers of files weigh most). */
export const WEIGHTS = {
  'reader.der-mutations': 12,
  'reader.encrypted-keys': 3,
  'reader.random-bytes': 3,
  'pem.armour-damage': 8,
  'pem.scan': 3,
  'pkcs7.bundles': 5,
  'pkcs12.no-password': 4,
  'pkcs12.with-password': 4,
  'certificate.parse-and-extensions': 7,
  'describe.certificate': 5,
  'describe.csr': 3,
  'describe.crl': 4,
  'describe.names': 3,
  'describe.signatures': 2,
  'revocation.crl-check': 4,
  'revocation.ocsp-response': 4,
  'validation.pkits-paths': 4,
  'validation.peer-names': 2,
  'inspector.inspect-bytes': 5,
  'asn1.tlv-and-values': 4,
  'identifiers.validators': 3,
  'identifiers.certificate-ids': 2,
  'text.subject-and-fqdn': 3,
  'text.display-and-cap': 1,
  'hosts.endpoint-spec': 2,
  'documents.inventory-settings': 1,
  'documents.orders-store': 2,
  'documents.vault-config': 1,
  'documents.key-record': 1,
  'documents.token-settings': 1,
  'contract.args': 3,
  'contract.dispatch': 2,
} as const;

export type PropertyId = keyof typeof WEIGHTS;

const envInt = (name: string): number | null => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return null;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < 0)
    throw new Error(`${name} must be a non-negative integer, got ${raw}`);
  return n;
};

/** Cases across all properties under `npm test`. */
const TEST_TOTAL = 1_600;
/** Fixed so that `npm test` is reproducible. */
const TEST_SEED = 110_511;

const fuzzRuns = envInt('VIGIE_FUZZ_RUNS');

export const MODE = {
  fuzz: fuzzRuns !== null,
  total: fuzzRuns ?? TEST_TOTAL,
  seed: envInt('VIGIE_FUZZ_SEED') ?? TEST_SEED,
  /**
   * Per case: 200 ms, checked by `npm run fuzz`; `npm test` (shared, loaded machine) only
   * catches hangs, at 2 s. Inputs past 1 MB get the same per MB (a 10 MB file, the cap, 2 s):
   * linear work on a large file is not a hang (10 MB of valid certification requests take
   * about 1 s to read), while super-linear work still shows (the PEM and PKCS#12 fixes).
   */
  timeLimitMs: fuzzRuns !== null ? 200 : 2_000,
  /**
   * heapUsed growth over one property's run, measured after a full GC on both sides: what
   * stays reachable once the cases are done (caches are bounded; a leak grows with the runs).
   */
  heapGrowthLimit: 64 * 1024 * 1024,
  /** JSON lines, one per property (scripts/fuzz.mjs prints the summary). */
  report: process.env['VIGIE_FUZZ_REPORT'] ?? null,
} as const;

/** Largest-remainder split of MODE.total by weight, at least 4 cases each: the totals add up exactly. */
const split = (): Record<PropertyId, number> => {
  const ids = Object.keys(WEIGHTS) as PropertyId[];
  const floor = Math.min(4, Math.floor(MODE.total / ids.length));
  const rest = MODE.total - floor * ids.length;
  const sum = ids.reduce((s, id) => s + WEIGHTS[id], 0);
  const exact = ids.map((id) => ({ id, share: (rest * WEIGHTS[id]) / sum }));
  const runs = Object.fromEntries(exact.map((e) => [e.id, floor + Math.floor(e.share)])) as Record<
    PropertyId,
    number
  >;
  let left = MODE.total - ids.reduce((s, id) => s + runs[id], 0);
  for (const e of [...exact].sort(
    (a, b) => b.share - Math.floor(b.share) - (a.share - Math.floor(a.share)),
  )) {
    if (left-- <= 0) break;
    runs[e.id]++;
  }
  return runs;
};

export const RUNS = split();

/** Each property's own seed: independent of which other properties run, and of their order. */
export const seedFor = (id: PropertyId): number => {
  let h = MODE.seed >>> 0;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h | 0;
};
