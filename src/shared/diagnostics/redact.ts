/**
 * Drops what looks secret from text bound for the log file or a diagnostic (docs/security.md:
 * PINs, passwords, passphrases, revocation codes and key material never reach a file).
 * Conservative on purpose: a false positive costs a `[redacted]` in a support bundle, a miss
 * costs a secret on disk. Pure: no Node, so the CLI, the dev bridge and the app share it.
 */

export const REDACTED = '[redacted]';

/** Names whose value is a secret, whatever it looks like (field names and `name=value` text). */
const SECRET_NAME =
  /(pin|puk|password|passwd|pwd|passphrase|pass[-_]?phrase|secret|token[-_]?secret|revocation[-_]?code|code[-_]?de[-_]?r[ée]vocation|mot[-_]?de[-_]?passe|private[-_]?key|privatekey|api[-_]?key|authorization|cookie|credential)/i;

/** Any PEM block that carries a key (private, encrypted, RSA / EC / OpenSSH…). */
const KEY_PEM =
  /-----BEGIN [A-Z0-9 ]*(PRIVATE KEY|ENCRYPTED[A-Z0-9 ]*|KEY)-----[\s\S]*?(-----END [^-]*-----|$)/g;
/** Any other PEM block: certificates are public, but their bytes help nobody in a log. */
const ANY_PEM = /-----BEGIN [A-Z0-9 ]+-----[\s\S]*?(-----END [^-]*-----|$)/g;
/** `pin=1234`, `password: "x"`, `"passphrase":"x"`, `--pin 1234`: the value goes. */
const NAMED_VALUE = new RegExp(
  String.raw`(["']?[\w.-]*` +
    SECRET_NAME.source +
    String.raw`[\w.-]*["']?\s*[:=]\s*|--?[\w-]*` +
    SECRET_NAME.source +
    String.raw`[\w-]*\s+)(\[redacted\]|"[^"]*"|'[^']*'|[^\s,;&}\]]+)`,
  'gi',
);
/**
 * Long base64 / base64url / hex runs (key bytes, PKCS#12 files, tokens, fingerprints): 40+
 * characters holding both digits and letters, so a long folder path of words stays readable.
 */
const BLOB = /[A-Za-z0-9+/_-]{40,}={0,2}/g;
const blobOrKept = (run: string): string => (/\d/.test(run) && /[A-Za-z]/.test(run) ? REDACTED : run);
const HEX = /\b(?:[0-9a-fA-F]{2}[:\s]?){32,}\b/g;

/** The text with every secret-looking part replaced by `[redacted]`. Bounded input. */
export const redactText = (text: string, maxLength = 4_000): string => {
  const bounded = text.length > maxLength ? `${text.slice(0, maxLength)}…` : text;
  return bounded
    .replace(KEY_PEM, REDACTED)
    .replace(ANY_PEM, '[pem]')
    .replace(NAMED_VALUE, (_m, name: string) => `${name}${REDACTED}`)
    .replace(HEX, REDACTED)
    .replace(BLOB, blobOrKept);
};

const SECRET_WORD = new RegExp(String.raw`(^|[-_. ])` + SECRET_NAME.source + String.raw`($|[-_. ])`, 'i');

/**
 * True when a field name says its value is a secret: `pin`, `tokenPin`, `revocationCode`,
 * `private_key`… as words, so `pinned` or `spinner` stay (camelCase is split first).
 */
export const isSecretName = (name: string): boolean =>
  SECRET_WORD.test(name.replace(/([a-z0-9])([A-Z])/g, '$1-$2'));

/**
 * A JSON-safe copy of a value with secrets removed: secret-named fields dropped to
 * `[redacted]`, strings redacted, bytes never copied, depth and size bounded.
 */
export const redactValue = (value: unknown, depth = 0): unknown => {
  if (value === null || value === undefined) return value ?? null;
  if (typeof value === 'string') return redactText(value);
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Uint8Array || value instanceof ArrayBuffer) return `[${value.byteLength} bytes]`;
  if (value instanceof Error) return redactText(`${value.name}: ${value.message}`);
  if (depth >= 6) return '[…]';
  if (Array.isArray(value)) return value.slice(0, 100).map((v) => redactValue(v, depth + 1));
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value).slice(0, 100)) {
      out[key] = isSecretName(key) ? REDACTED : redactValue(v, depth + 1);
    }
    return out;
  }
  return typeof value;
};
