import { randomUUID } from 'node:crypto';

/**
 * Key ids are random v4 UUIDs made here, and they become file names: every id that comes
 * back from a caller is checked against this exact shape, so "../x", "a/b", "." or a name
 * with a NUL can never reach a path.
 */
const KEY_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export const newKeyId = (): string => randomUUID();

export const isKeyId = (value: unknown): value is string => typeof value === 'string' && KEY_ID.test(value);
