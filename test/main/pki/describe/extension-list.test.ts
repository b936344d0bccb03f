import { parseDer } from '../../../../src/shared/asn1/tlv.js';
import {
  describeExtensions,
  MAX_EXTENSION_VALUE_BYTES,
} from '../../../../src/main/pki/describe/extension-list.js';
import { bitString, bool, bytes, extension, int, octet, oid, seq } from './helpers/der-builder.js';

const describeList = (...exts: Uint8Array[]) => describeExtensions(parseDer(seq(...exts)));

describe('describeExtensions', () => {
  it('decodes known extensions and lifts their facts', () => {
    const { views, facts } = describeList(
      extension('2.5.29.15', bitString(bytes(0x80), 7), true),
      extension('2.5.29.19', seq(bool(true))),
    );
    expect(views.map((v) => [v.name, v.critical, v.error])).toEqual([
      ['keyUsage', true, null],
      ['basicConstraints', false, null],
    ]);
    expect(views[0]?.valueHex).toBe('03020780');
    expect(facts.keyUsage).toEqual(['digitalSignature']);
    expect(facts.basicConstraints).toEqual({ isCa: true, pathLength: null });
  });

  it('names IGC-Santé private extensions and summarises their raw value', () => {
    const { views } = describeList(extension('1.2.250.1.71.1.2.5', octet(bytes(0x83))));
    expect(views[0]).toMatchObject({
      oid: '1.2.250.1.71.1.2.5',
      name: 'igcSanteProductCategory',
      summary: ['OCTET STRING 83'],
      valueHex: '040183',
      error: null,
    });
  });

  it('shows unknown extensions with a null name', () => {
    const { views } = describeList(extension('1.2.3.4', int(5), true));
    expect(views[0]).toMatchObject({ name: null, critical: true, summary: ['INTEGER 5'], error: null });
  });

  it('sets error on a malformed value, keeps a raw summary, and drops its facts', () => {
    const { views, facts } = describeList(
      extension('2.5.29.19', seq(int(0))),
      extension('2.5.29.15', bitString(bytes(0x04), 2)),
    );
    expect(views[0]?.error).toMatch(/cA is FALSE/);
    expect(views[0]?.summary).toEqual(['SEQUENCE of 1 item(s)', '  INTEGER 0']);
    expect(facts.basicConstraints).toBeUndefined();
    expect(views[1]?.error).toBeNull();
  });

  it('flags duplicates on every occurrence; facts come from the first', () => {
    const { views, facts } = describeList(
      extension('2.5.29.19', seq(bool(true))),
      extension('2.5.29.19', seq()),
    );
    expect(views.map((v) => v.error)).toEqual([
      'duplicate extension: present 2 times',
      'duplicate extension: present 2 times',
    ]);
    expect(facts.basicConstraints?.isCa).toBe(true);
  });

  it('flags an explicitly encoded critical=FALSE but still decodes the value', () => {
    const { views, facts } = describeList(extension('2.5.29.15', bitString(bytes(0x80), 7), false));
    expect(views[0]?.error).toMatch(/critical=FALSE/);
    expect(facts.keyUsage).toEqual(['digitalSignature']);
  });

  it('reports a broken envelope as an error view', () => {
    const { views } = describeList(seq(oid('2.5.29.15')), seq(bytes(0x05, 0x00)));
    expect(views[0]).toMatchObject({
      oid: '2.5.29.15',
      name: 'keyUsage',
      error: expect.stringMatching(/missing extnValue/),
    });
    expect(views[1]).toMatchObject({ oid: '', error: expect.any(String) });
  });

  it('truncates valueHex at 4 KiB of value', () => {
    const big = octet(new Uint8Array(10_000));
    const { views } = describeList(extension('1.2.3.4', big));
    expect(views[0]?.valueHex).toHaveLength(MAX_EXTENSION_VALUE_BYTES * 2);
    expect(views[0]?.summary.at(-1)).toMatch(/truncated: 10004 bytes/);
  });
});
