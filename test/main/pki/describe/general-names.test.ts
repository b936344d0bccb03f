import { parseDer } from '../../../../src/shared/asn1/tlv.js';
import { decodeGeneralName, ipRangeText, ipText } from '../../../../src/main/pki/describe/general-names.js';
import { bytes, ctx, ctxPrim, name, oid, printable, seq, utf8 } from './helpers/der-builder.js';

const gn = (der: Uint8Array, ipWithMask = false) => decodeGeneralName(parseDer(der), { ipWithMask });

describe('IP addresses', () => {
  it('prints IPv4 and RFC 5952 IPv6', () => {
    expect(ipText(bytes(192, 168, 0, 1))).toBe('192.168.0.1');
    expect(ipText(bytes(0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1))).toBe('2001:db8::1');
    expect(ipText(new Uint8Array(16))).toBe('::');
    expect(ipText(bytes(0, 0xff, ...new Array<number>(14).fill(0)))).toBe('ff::');
    expect(ipText(bytes(0x20, 0x01, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1))).toBe('2001:0:1::1:0:1');
    expect(() => ipText(bytes(1, 2, 3))).toThrow(/3 bytes/);
  });

  it('prints name-constraint ranges as CIDR and refuses holes in masks', () => {
    expect(ipRangeText(bytes(10, 0, 0, 0, 255, 0, 0, 0))).toBe('10.0.0.0/8');
    expect(() => ipRangeText(bytes(192, 168, 0, 1, 255, 239, 255, 255))).toThrow(/non-contiguous/);
  });
});

describe('decodeGeneralName', () => {
  it('decodes the common choices', () => {
    expect(gn(ctxPrim(1, Buffer.from('a@b.fr')))).toEqual({ type: 'email', value: 'a@b.fr' });
    expect(gn(ctxPrim(2, Buffer.from('srv.example.fr')))).toEqual({ type: 'dns', value: 'srv.example.fr' });
    expect(gn(ctxPrim(6, Buffer.from('http://x')))).toEqual({ type: 'uri', value: 'http://x' });
    expect(gn(ctxPrim(7, bytes(127, 0, 0, 1)))).toEqual({ type: 'ip', value: '127.0.0.1' });
    expect(gn(ctx(4, name([['2.5.4.3', utf8('x')]])))).toEqual({ type: 'dn', value: 'CN=x' });
    expect(gn(ctxPrim(8, oid('1.2.3').subarray(2)))).toEqual({ type: 'other', value: 'registeredID 1.2.3' });
  });

  it('reads a Microsoft UPN as upn (CPE cards)', () => {
    const upn = ctx(0, oid('1.3.6.1.4.1.311.20.2.3'), ctx(0, utf8('12345@carte-cps.fr')));
    expect(gn(upn)).toEqual({ type: 'upn', value: '12345@carte-cps.fr' });
  });

  it('describes unknown otherNames, x400Address and ediPartyName as other', () => {
    expect(gn(ctx(0, oid('1.2.3.4'), ctx(0, utf8('Hello'))))).toEqual({
      type: 'other',
      value: 'otherName 1.2.3.4: Hello',
    });
    expect(gn(ctx(0, oid('1.2.3.4'), ctx(0, seq())))).toEqual({
      type: 'other',
      value: 'otherName 1.2.3.4: #3000',
    });
    expect(gn(ctx(3, seq())).value).toMatch(/^x400Address/);
    expect(gn(ctx(5, ctx(1, printable('party'))))).toEqual({
      type: 'other',
      value: 'ediPartyName partyName=party',
    });
  });

  it('refuses unknown choices and wrong forms', () => {
    expect(() => gn(ctxPrim(9, bytes(1)))).toThrow(/unknown choice/);
    expect(() => gn(ctx(2, bytes(0x04, 0x00)))).toThrow(/primitive/);
    expect(() => gn(printable('x'))).toThrow(/unexpected/);
  });
});
