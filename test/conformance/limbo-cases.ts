/**
 * x509-limbo testcases (C2SP), read from any file laid out like upstream's `limbo.json`
 * (test/vectors/x509-limbo/limbo-schema.json): the fields a path validator is fed, checked
 * as they are read so a malformed file is refused with the place of the fault.
 */
export type LimboPeer = { kind: 'DNS' | 'IP' | 'RFC822'; value: string };

export type LimboCase = {
  id: string;
  /** The part of the id before `::` (rfc5280, webpki, pathlen…). */
  family: string;
  description: string;
  features: string[];
  conflictsWith: string[];
  kind: 'SERVER' | 'CLIENT';
  trusted: string[];
  untrusted: string[];
  peer: string;
  /** null: validate at the time of the run. */
  at: Date | null;
  keyUsage: string[];
  extendedKeyUsage: string[];
  signatureAlgorithms: string[];
  expected: 'SUCCESS' | 'FAILURE';
  peerName: LimboPeer | null;
  peerNames: LimboPeer[];
  maxDepth: number | null;
  crls: string[];
};

/** Features whose testcases a validator may deliberately not implement (upstream's `pedantic-*`). */
export const isPedantic = (c: LimboCase): boolean => c.features.some((f) => f.startsWith('pedantic-'));

class LimboFormatError extends Error {}

const fail = (where: string, what: string): never => {
  throw new LimboFormatError(`${where}: ${what}`);
};
const str = (v: unknown, where: string): string => (typeof v === 'string' ? v : fail(where, 'not a string'));
const strs = (v: unknown, where: string): string[] =>
  Array.isArray(v) ? v.map((x, i) => str(x, `${where}[${i}]`)) : fail(where, 'not a list');
const peerOf = (v: unknown, where: string): LimboPeer => {
  if (typeof v !== 'object' || v === null) return fail(where, 'not an object');
  const { kind, value } = v as Record<string, unknown>;
  if (kind !== 'DNS' && kind !== 'IP' && kind !== 'RFC822')
    return fail(where, `unknown peer kind ${String(kind)}`);
  return { kind, value: str(value, `${where}.value`) };
};

const caseOf = (raw: unknown, where: string): LimboCase => {
  if (typeof raw !== 'object' || raw === null) return fail(where, 'not an object');
  const t = raw as Record<string, unknown>;
  const id = str(t['id'], `${where}.id`);
  const at = t['validation_time'];
  const expected = t['expected_result'];
  if (expected !== 'SUCCESS' && expected !== 'FAILURE')
    return fail(`${where}.expected_result`, 'not SUCCESS or FAILURE');
  const kind = t['validation_kind'];
  if (kind !== 'SERVER' && kind !== 'CLIENT') return fail(`${where}.validation_kind`, 'not SERVER or CLIENT');
  const depth = t['max_chain_depth'];
  return {
    id,
    family: id.split('::')[0] ?? id,
    description: typeof t['description'] === 'string' ? t['description'] : '',
    features: t['features'] == null ? [] : strs(t['features'], `${where}.features`),
    conflictsWith: t['conflicts_with'] == null ? [] : strs(t['conflicts_with'], `${where}.conflicts_with`),
    kind,
    trusted: strs(t['trusted_certs'], `${where}.trusted_certs`),
    untrusted: strs(t['untrusted_intermediates'], `${where}.untrusted_intermediates`),
    peer: str(t['peer_certificate'], `${where}.peer_certificate`),
    at: at == null ? null : new Date(str(at, `${where}.validation_time`)),
    keyUsage: t['key_usage'] == null ? [] : strs(t['key_usage'], `${where}.key_usage`),
    extendedKeyUsage:
      t['extended_key_usage'] == null ? [] : strs(t['extended_key_usage'], `${where}.extended_key_usage`),
    signatureAlgorithms:
      t['signature_algorithms'] == null
        ? []
        : strs(t['signature_algorithms'], `${where}.signature_algorithms`),
    expected,
    peerName:
      t['expected_peer_name'] == null ? null : peerOf(t['expected_peer_name'], `${where}.expected_peer_name`),
    peerNames:
      t['expected_peer_names'] == null
        ? []
        : (t['expected_peer_names'] as unknown[]).map((p, i) =>
            peerOf(p, `${where}.expected_peer_names[${i}]`),
          ),
    maxDepth:
      depth == null
        ? null
        : typeof depth === 'number'
          ? depth
          : fail(`${where}.max_chain_depth`, 'not a number'),
    crls: t['crls'] == null ? [] : strs(t['crls'], `${where}.crls`),
  };
};

/** The testcases of a limbo file's text; throws with the faulty field's place. */
export const readLimbo = (text: string, file: string): LimboCase[] => {
  const doc = JSON.parse(text) as unknown;
  if (typeof doc !== 'object' || doc === null || !Array.isArray((doc as { testcases?: unknown }).testcases))
    return fail(file, 'no "testcases" list');
  return (doc as { testcases: unknown[] }).testcases.map((t, i) => caseOf(t, `${file}: testcases[${i}]`));
};
