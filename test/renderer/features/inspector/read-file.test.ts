import { describe, expect, it } from 'vitest';
import {
  bytesToBase64,
  displayName,
  readUserFile,
} from '../../../../src/renderer/features/inspector/read-file.js';
import { MAX_FILE_BYTES } from '../../../../src/shared/limits.js';

const pseudoRandom = (length: number) => {
  const bytes = new Uint8Array(length);
  let x = 0x12345678;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
};

describe('reading a user file', () => {
  it('encodes a full-size (10 MiB) buffer exactly like Node does, without overflowing the stack', () => {
    const bytes = pseudoRandom(MAX_FILE_BYTES);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });

  it.each([0, 1, 2, 3, 0x8000 - 1, 0x8000, 0x8000 + 1])('encodes %i bytes with the right padding', (n) => {
    const bytes = pseudoRandom(n);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });

  it('refuses a file over the limit before reading it, with the code main would use', async () => {
    const file = new File([new Uint8Array(MAX_FILE_BYTES + 1)], 'huge.p12');
    const result = await readUserFile(file);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'file-too-large', detail: { limit: MAX_FILE_BYTES, size: MAX_FILE_BYTES + 1 } },
    });
  });

  it('accepts a file of exactly the limit', async () => {
    const result = await readUserFile(new File([new Uint8Array(MAX_FILE_BYTES)], 'big.der'));
    expect(result.ok).toBe(true);
  });

  it('keeps display names within the contract (1 to 255 characters)', () => {
    expect(displayName('   ')).toBe('fichier');
    expect(displayName('a'.repeat(400)).length).toBeLessThanOrEqual(255);
    expect(displayName('cert.pem')).toBe('cert.pem');
  });
});
