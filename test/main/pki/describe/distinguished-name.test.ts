import { parseDer } from '../../../../src/shared/asn1/tlv.js';
import { decodeName, escapeRfc4514 } from '../../../../src/main/pki/describe/distinguished-name.js';
import { bitString, bytes, ia5, name, printable, tlv, utf8 } from './helpers/der-builder.js';

const decode = (der: Uint8Array) => decodeName(parseDer(der));

describe('decodeName', () => {
  it('keeps a multi-valued RDN together (IGC-Santé PS subject): DER order in rdns, OpenSSL order in text', () => {
    const dn = decode(
      name(
        [['2.5.4.6', printable('FR')]],
        [['2.5.4.12', utf8('Médecin')]],
        [
          ['2.5.4.4', utf8('DUPONT')],
          ['2.5.4.3', utf8('810001234567')],
          ['2.5.4.42', utf8('JEAN-FRANÇOIS')],
        ],
      ),
    );
    expect(dn.rdns).toHaveLength(3);
    expect(dn.rdns[2]?.map((a) => a.short)).toEqual(['SN', 'CN', 'GN']);
    expect(dn.text).toBe('GN=JEAN-FRANÇOIS+CN=810001234567+SN=DUPONT,title=Médecin,C=FR');
  });

  it('keeps accents and prints the structure DN most significant last', () => {
    const dn = decode(
      name(
        [['2.5.4.6', printable('FR')]],
        [['2.5.4.8', utf8('Rhône (69)')]],
        [['2.5.4.10', utf8('CENTRE DE SANTE')]],
        [['2.5.4.11', utf8('10B0221636')]],
        [['2.5.4.3', utf8('INSI-AUTO')]],
      ),
    );
    expect(dn.text).toBe('CN=INSI-AUTO,OU=10B0221636,O=CENTRE DE SANTE,ST=Rhône (69),C=FR');
    expect(dn.rdns[1]?.[0]).toEqual({ oid: '2.5.4.8', short: 'ST', value: 'Rhône (69)' });
  });

  it('escapes RFC 4514 specials', () => {
    expect(escapeRfc4514('a,b+c"d\\e<f>g;h')).toBe('a\\,b\\+c\\"d\\\\e\\<f\\>g\\;h');
    expect(escapeRfc4514(' #lead and trail ')).toBe('\\ #lead and trail\\ ');
    expect(escapeRfc4514('#x')).toBe('\\#x');
    expect(escapeRfc4514('nul\u0000tab\t')).toBe('nul\\00tab\\09');
  });

  it('shows non-string values and unknown attribute types in #hex form', () => {
    const dn = decode(
      name(
        [['2.5.4.45', bitString(bytes(0xab))]],
        [['1.2.3.4', utf8('x')]],
        [['0.9.2342.19200300.100.1.25', ia5('fr')]],
      ),
    );
    expect(dn.rdns[0]?.[0]?.value).toBe('#030200AB');
    expect(dn.rdns[1]?.[0]).toEqual({ oid: '1.2.3.4', short: null, value: 'x' });
    expect(dn.text).toBe('DC=fr,1.2.3.4=#0C0178,x500UniqueIdentifier=#030200AB');
  });

  it('handles an empty name', () => {
    expect(decode(bytes(0x30, 0x00))).toEqual({ text: '', rdns: [] });
  });

  it('refuses values with a non-universal tag and invalid UTF-8', () => {
    expect(() => decode(name([['2.5.4.3', tlv(0x80, bytes(0x41))]]))).toThrow(/non-universal/);
    expect(() => decode(name([['2.5.4.3', tlv(0x0c, bytes(0xff))]]))).toThrow(/UTF-8/);
  });

  it('refuses empty RDNs and RDNs that are not SETs', () => {
    expect(() => decode(bytes(0x30, 0x02, 0x31, 0x00))).toThrow(/empty RDN/);
    expect(() => decode(bytes(0x30, 0x02, 0x30, 0x00))).toThrow(/SET/);
  });
});
