import { MAX_FILE_BYTES } from '../../../shared/limits.js';
import type { ReadError } from '../../../shared/model/errors.js';
import { err, ok, type Result } from '../../../shared/result.js';

/** What the contract accepts as a file: a display name and the bytes as base64. */
export type FilePayload = { fileName: string; data: string };

// Below the argument-count limit of every engine, and large enough to stay fast.
const CHUNK = 0x8000;

/**
 * Base64 of any size. `btoa(String.fromCharCode(...bytes))` overflows the call stack on
 * a few hundred KiB, so the binary string is built in chunks.
 */
export const bytesToBase64 = (bytes: Uint8Array): string => {
  const parts: string[] = [];
  for (let offset = 0; offset < bytes.length; offset += CHUNK) {
    parts.push(String.fromCharCode(...bytes.subarray(offset, offset + CHUNK)));
  }
  return btoa(parts.join(''));
};

/** The name is display-only; the contract caps it at 255 characters. */
export const displayName = (name: string): string => {
  const trimmed = name.trim();
  if (!trimmed) return 'fichier';
  return trimmed.length <= 255 ? trimmed : `${trimmed.slice(0, 120)}…${trimmed.slice(-120)}`;
};

/** Same refusal as main's (code and detail), decided before reading a byte. */
export const tooLargeError = (size: number): ReadError => ({
  code: 'file-too-large',
  message: `File is ${size} bytes; the limit is ${MAX_FILE_BYTES}`,
  detail: { limit: MAX_FILE_BYTES, size },
});

export const readUserFile = async (file: File): Promise<Result<FilePayload, ReadError>> => {
  if (file.size > MAX_FILE_BYTES) return err(tooLargeError(file.size));
  let buffer: ArrayBuffer;
  try {
    buffer = await file.arrayBuffer();
  } catch (cause) {
    // The file vanished or is locked between the pick and the read.
    return err({ code: 'io-error', message: cause instanceof Error ? cause.message : String(cause) });
  }
  return ok({ fileName: displayName(file.name), data: bytesToBase64(new Uint8Array(buffer)) });
};
