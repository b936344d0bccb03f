import { describe, expect, it } from 'vitest';
import {
  certificateParseCount,
  endOperation,
  objectMemo,
  readCertificate,
  valueMemo,
} from '../../../../src/main/pki/certificate/index.js';
import { makeCertificates } from '../../../helpers/chain-certificates.js';

describe('operation memos', () => {
  it('keep an entry for the next operation, and drop it after one more unless it is read', () => {
    const memo = objectMemo<object, string>();
    const [a, b] = [{}, {}];
    memo.set(a, 'a');
    memo.set(b, 'b');
    endOperation();
    expect(memo.get(a)).toBe('a'); // read again: carried into this operation
    endOperation();
    expect(memo.get(a)).toBe('a');
    expect(memo.get(b)).toBeUndefined(); // two operations unread
  });

  it('age by themselves every `cap` additions when no operation ends', () => {
    const memo = valueMemo<number, number>(3);
    for (let i = 0; i < 7; i++) memo.set(i, i * 10);
    // 0-2 went to the previous generation at 3, were dropped at 6; 3-5 are the previous one.
    expect([0, 1, 2].map((i) => memo.get(i))).toEqual([undefined, undefined, undefined]);
    expect(memo.get(4)).toBe(40);
    expect(memo.get(6)).toBe(60);
  });

  it('keep null and false values (only undefined means absent)', () => {
    const memo = valueMemo<string, boolean | null>(10);
    memo.set('n', null);
    memo.set('f', false);
    endOperation();
    expect(memo.get('n')).toBeNull();
    expect(memo.get('f')).toBe(false);
  });
});

describe('the certificate parse cache across operations', () => {
  it('finds the same bytes in a new buffer in the next operation, and parses again once they were left unused', () => {
    const { root } = makeCertificates(1);
    const before = certificateParseCount();
    expect(readCertificate(root.slice()).ok).toBe(true);
    expect(readCertificate(root.slice()).ok).toBe(true); // by SHA-256, same operation
    endOperation();
    expect(readCertificate(root.slice()).ok).toBe(true); // previous operation's entry
    expect(certificateParseCount() - before).toBe(1);
    endOperation();
    endOperation();
    expect(readCertificate(root.slice()).ok).toBe(true);
    expect(certificateParseCount() - before).toBe(2);
  });
});
