import { looksLikePem, scanPem } from '../../../../src/main/pki/pem/pem-scanner.js';

const text = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'latin1'));
const b64 = (bytes: number[]): string => Buffer.from(bytes).toString('base64');

/** The code of the first broken block (the scanner reports damage per block, never throws). */
const failureCode = (s: string): string => {
  const broken = scanPem(text(s)).find((entry) => entry.kind === 'broken');
  return broken?.error.code ?? 'no failure';
};

const readable = (s: string) => scanPem(text(s)).flatMap((e) => (e.kind === 'block' ? [e.block] : []));

describe('PEM scanner', () => {
  it('finds blocks among other text, with CRLF line ends', () => {
    const file = [
      'Bag Attributes',
      '    friendlyName: leaf',
      '-----BEGIN CERTIFICATE-----',
      b64([0x30, 0x03, 0x02, 0x01, 0x01]),
      '-----END CERTIFICATE-----',
      'some trailing words',
      '-----BEGIN  X509   CRL-----',
      b64([0x30, 0x00]),
      '-----END X509 CRL-----',
    ].join('\r\n');
    expect(looksLikePem(text(file))).toBe(true);
    const blocks = readable(file);
    expect(blocks.map((b) => b.label)).toEqual(['CERTIFICATE', 'X509 CRL']);
    expect([...(blocks[0]?.der ?? [])]).toEqual([0x30, 0x03, 0x02, 0x01, 0x01]);
  });

  it('reads RFC 1421 headers of legacy encrypted keys', () => {
    const file = [
      '-----BEGIN RSA PRIVATE KEY-----',
      'Proc-Type: 4,ENCRYPTED',
      'DEK-Info: AES-128-CBC,',
      ' 00112233445566778899AABBCCDDEEFF',
      '',
      b64([1, 2, 3, 4, 5, 6, 7, 8]),
      '-----END RSA PRIVATE KEY-----',
    ].join('\n');
    const [block] = readable(file);
    expect(block?.headers.get('Proc-Type')).toBe('4,ENCRYPTED');
    expect(block?.headers.get('DEK-Info')).toBe('AES-128-CBC,00112233445566778899AABBCCDDEEFF');
    expect(block?.der).toHaveLength(8);
  });

  it('reports a block without END as truncated', () => {
    expect(failureCode('-----BEGIN CERTIFICATE-----\nMIIB')).toBe('truncated');
    expect(
      failureCode(
        '-----BEGIN CERTIFICATE-----\nMAA=\n-----BEGIN CERTIFICATE-----\nMAA=\n-----END CERTIFICATE-----\n',
      ),
    ).toBe('truncated');
    expect(failureCode('-----BEGIN CERTIFICATE-----\nMAA=\n-----END CERTIF')).toBe('truncated');
    expect(failureCode('-----BEGIN CERTIF')).toBe('truncated');
  });

  it('keeps the readable blocks around a broken one, naming it by label, ordinal and line', () => {
    const file = [
      '-----BEGIN CERTIFICATE-----',
      'MAA=',
      '-----END CERTIFICATE-----',
      '-----BEGIN PRIVATE KEY-----',
      'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC',
      'MAA',
      '-----END PRIVATE KEY-----',
      '-----BEGIN X509 CRL-----',
      'MAA=',
      '-----END X509 CRL-----',
    ].join('\n');
    const entries = scanPem(text(file));
    expect(entries.map((e) => e.kind)).toEqual(['block', 'broken', 'block']);
    expect(entries[1]).toMatchObject({ label: 'PRIVATE KEY', ordinal: 2, line: 4 });
    expect(entries[1]?.kind === 'broken' && entries[1].error.code).toBe('truncated');
    expect(entries[2]?.kind === 'block' && entries[2].block.line).toBe(8);
  });

  it('reports broken base64 and mismatched labels as malformed, missing lines as truncated', () => {
    expect(failureCode('-----BEGIN CERTIFICATE-----\nMA*A\n-----END CERTIFICATE-----')).toBe('malformed');
    expect(failureCode('-----BEGIN CERTIFICATE-----\nMAA=\n-----END X509 CRL-----')).toBe('malformed');
    expect(failureCode('-----BEGIN CERTIFICATE-----\n\n-----END CERTIFICATE-----')).toBe('malformed');
    expect(failureCode('-----BEGIN CERTIFICATE-----\nMAAAA\n-----END CERTIFICATE-----')).toBe('truncated');
  });

  it('decodes a body with indentation, tabs, blank lines and padding followed by spaces', () => {
    const body = b64([0x30, 0x03, 0x02, 0x01, 0x05]);
    const indented = `  ${body.slice(0, 4)}\t\n\n   ${body.slice(4)}  \r\n`;
    const [block] = readable(`-----BEGIN CERTIFICATE-----\n${indented}-----END CERTIFICATE-----\n`);
    expect(block?.der).toEqual(Uint8Array.from([0x30, 0x03, 0x02, 0x01, 0x05]));
    expect(block?.headers.size).toBe(0);
    // Padding in the middle, or characters after it, is not base64.
    expect(failureCode('-----BEGIN CERTIFICATE-----\nMA==MAAA\n-----END CERTIFICATE-----')).toBe('malformed');
    expect(failureCode('-----BEGIN CERTIFICATE-----\nMAA= x\n-----END CERTIFICATE-----')).toBe('malformed');
  });

  it('does not take plain binary for PEM', () => {
    expect(looksLikePem(Uint8Array.from([0x30, 0x82, 0x01, 0x00]))).toBe(false);
  });
});
