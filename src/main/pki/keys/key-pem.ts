/**
 * PEM for vault key files (RFC 7468 "strict" form: one block, 64-column base64). Only the
 * `ENCRYPTED PRIVATE KEY` label is ever written; reading accepts exactly one block with the
 * label asked for, so a plain `PRIVATE KEY` dropped into the vault folder is not picked up.
 */

export const ENCRYPTED_KEY_LABEL = 'ENCRYPTED PRIVATE KEY';

export const encodePem = (label: string, der: Uint8Array): string => {
  const b64 = Buffer.from(der).toString('base64');
  const lines = b64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
};

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The DER inside, or null when the text is not exactly one well-formed block of `label`. */
export const decodePem = (text: string, label: string): Uint8Array | null => {
  const begin = `-----BEGIN ${label}-----`;
  const end = `-----END ${label}-----`;
  const body = text.trim();
  if (!body.startsWith(begin) || !body.endsWith(end)) return null;
  const b64 = body.slice(begin.length, body.length - end.length).replace(/\s+/g, '');
  if (b64.length === 0 || b64.length % 4 !== 0 || !BASE64.test(b64)) return null;
  return new Uint8Array(Buffer.from(b64, 'base64'));
};
