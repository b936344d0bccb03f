import { describe, expect, it } from 'vitest';
import { readAhead } from '../../../src/main/cli/read-ahead.js';

describe('readAhead', () => {
  it('returns each file in order while a few reads run ahead', async () => {
    const started: string[] = [];
    const r = readAhead(['a', 'b', 'c', 'd', 'e', 'f'], async (p) => (started.push(p), p.toUpperCase()), 2);
    expect(await r.take(0)).toBe('A');
    expect(started).toEqual(['a', 'b', 'c']);
    expect(await r.take(1)).toBe('B');
    expect(started).toEqual(['a', 'b', 'c', 'd']);
    for (const [i, p] of ['c', 'd', 'e', 'f'].entries()) expect(await r.take(i + 2)).toBe(p.toUpperCase());
    expect(started).toHaveLength(6);
  });

  it('rejects only the file that failed, and a read never taken is not an unhandled rejection', async () => {
    const r = readAhead(['ok', 'bad', 'never'], async (p) => {
      if (p !== 'ok') throw new Error(`cannot read ${p}`);
      return p;
    });
    expect(await r.take(0)).toBe('ok');
    await expect(r.take(1)).rejects.toThrow('cannot read bad');
    await new Promise((resolve) => setTimeout(resolve, 20));
  });

  it('hands each read out once: taking an index again starts no second read', async () => {
    let reads = 0;
    const r = readAhead(['a', 'b'], async (p) => (reads++, p));
    expect(await r.take(0)).toBe('a');
    await expect(r.take(0)).rejects.toThrow(RangeError);
    await expect(r.take(5)).rejects.toThrow(RangeError);
    expect(await r.take(1)).toBe('b');
    expect(reads).toBe(2);
  });
});
