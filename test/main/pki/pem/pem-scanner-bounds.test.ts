import { scanPem } from '../../../../src/main/pki/pem/pem-scanner.js';

/**
 * Regressions found by fuzzing (test/fuzz): the scanner's searches must cost one pass over
 * the file in all. Each of these inputs took minutes before (a search to the end of the file
 * per BEGIN line); the test timeout is the bound, there is no timed assertion.
 */
const text = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'latin1'));
const block = `-----BEGIN CERTIFICATE-----\n${Buffer.from([0x30, 0x03, 0x02, 0x01, 0x01]).toString('base64')}\n-----END CERTIFICATE-----\n`;

describe('PEM scanner on files of hundreds of thousands of BEGIN lines', () => {
  it('answers every BEGIN line of a file with no END line', () => {
    const entries = scanPem(text('-----BEGIN CERTIFICATE-----\n'.repeat(300_000)));
    expect(entries).toHaveLength(300_000);
    expect(entries.every((e) => e.kind === 'broken' && e.error.code === 'truncated')).toBe(true);
  });

  it('answers every BEGIN line when one END closes the file', () => {
    const entries = scanPem(text(`${'-----BEGIN X-----\n'.repeat(300_000)}QUJD\n-----END X-----\n`));
    expect(entries).toHaveLength(300_000);
    expect(entries.at(-1)).toMatchObject({ kind: 'block', block: { line: 300_000 } });
  });

  it('counts lines of a file with CR line ends (no newline ahead of any block)', () => {
    const entries = scanPem(text(block.replace(/\n/g, '\r').repeat(100_000)));
    expect(entries).toHaveLength(100_000);
    expect(entries.every((e) => e.kind === 'block' && e.block.line === 1)).toBe(true);
  });
});
