import { fail } from '../read-error.js';
import { berToDer } from './ber.js';
import { parseNode, type Node } from './tlv.js';

/**
 * Parses untrusted bytes into a DER-shaped tree: reads one element (bounded depth, lengths
 * checked), rewrites BER-only encodings, and reparses. Every blob we look into (the file
 * itself, OCTET STRING payloads, decrypted data) goes through here first.
 */
export const parseDer = (bytes: Uint8Array, what: string): { node: Node; trailing: Uint8Array } => {
  if (bytes.length === 0) return fail('truncated', `${what} is empty.`);
  const { node, rest } = parseNode(bytes);
  const der = berToDer(node);
  return { node: der === node.raw ? node : parseNode(der).node, trailing: rest };
};

/** As parseDer, but bytes after the element are an error. */
export const parseDerExact = (bytes: Uint8Array, what: string): Node => {
  const { node, trailing } = parseDer(bytes, what);
  if (trailing.length > 0) fail('malformed', `${what} has unexpected bytes after its end.`);
  return node;
};
