import { describe, expect, it } from 'vitest';
import { describeSubject, nameAttribute } from '../../../../src/renderer/features/inspector/subject.js';
import type { DistinguishedName } from '../../../../src/shared/model/names.js';

const dn = (cn: string, o: string): DistinguishedName => ({
  text: `CN=${cn},O=${o}`,
  rdns: [[{ oid: '2.5.4.10', short: 'O', value: o }], [{ oid: '2.5.4.3', short: 'CN', value: cn }]],
});

describe('subject shown on a card', () => {
  it('escapes a right-to-left override and zero-width characters in the title', () => {
    const who = describeSubject(dn('www.\u202Egnp.exe', 'CLINIQUE\u200B DU LAC'));
    expect(who.primary).toBe('www.\\u{202E}gnp.exe');
    expect(who.secondary).toBe('CLINIQUE\\u{200B} DU LAC');
  });

  it('leaves ordinary French names alone', () => {
    expect(nameAttribute(dn('Hôpital Saint-Éloi', 'CHU de Nîmes'), 'CN')).toBe('Hôpital Saint-Éloi');
  });
});
