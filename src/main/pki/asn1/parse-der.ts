import type { Tlv } from '../../../shared/asn1/tlv.js';
import { throwReadFailure } from '../reader/read-error.js';
import { berToDer, isBer } from './ber.js';
import { parseNode } from './elements.js';

/**
 * Parses untrusted bytes into a DER-shaped tree: reads one element (bounded depth, lengths
 * checked), rewrites BER-only encodings, and reparses. Every blob we look into (the file
 * itself, OCTET STRING payloads, decrypted data) goes through here first.
 */
export const parseDer = (bytes: Uint8Array, what: string): { node: Tlv; trailing: Uint8Array } => {
  if (bytes.length === 0) return throwReadFailure('truncated', `${what} is empty.`);
  const { node, rest } = parseNode(bytes);
  // One walk for DER input (the common case): rebuild and reparse only what is BER.
  return { node: isBer(node) ? parseNode(berToDer(node)).node : node, trailing: rest };
};

/** As parseDer, but bytes after the element are an error. */
export const parseDerExact = (bytes: Uint8Array, what: string): Tlv => {
  const { node, trailing } = parseDer(bytes, what);
  if (trailing.length > 0) throwReadFailure('malformed', `${what} has unexpected bytes after its end.`);
  return node;
};
