import { buildSubjectSpec } from '../../../src/shared/csr/build-subject.js';
import { imposedCns, projectsSharingDedicated } from '../../../src/shared/csr/cn-rules.js';
import { INSI_CN_RULE } from '../../../src/shared/catalogue/projects.js';
import { server, structure } from './holders.js';

describe('INSi: CN exactly INSI-AUTO or INSI-MANU', () => {
  it.each(['INSI-AUTO', 'INSI-MANU', ' INSI-MANU '])('accepts %j for ORG_AUTH_CLI', (commonName) => {
    const r = buildSubjectSpec('ORG_AUTH_CLI', structure({ commonName }), { projects: ['INSI'] });
    expect(r.ok && r.value.rdns[4]).toEqual([
      expect.objectContaining({ attr: 'CN', value: commonName.trim() }),
    ]);
  });

  it.each(['insi-auto', 'INSI AUTO', 'INSI-AUTO2', 'Logiciel DMP', 'INSI'])('refuses %j', (commonName) => {
    expect(
      buildSubjectSpec('ORG_AUTH_CLI', structure({ commonName }), { projects: ['DMP', 'INSI'] }),
    ).toEqual({
      ok: false,
      error: [expect.objectContaining({ field: 'commonName', code: 'insi-cn' })],
    });
  });

  it('an empty CN is "required" first', () => {
    const r = buildSubjectSpec('ORG_AUTH_CLI', structure({ commonName: '' }), { projects: ['INSI'] });
    expect(r).toEqual({
      ok: false,
      error: [expect.objectContaining({ field: 'commonName', code: 'required' })],
    });
  });

  it('applies only when INSi is among the projects', () => {
    expect(buildSubjectSpec('ORG_AUTH_CLI', structure(), { projects: ['DMP', 'ROR'] }).ok).toBe(true);
    expect(buildSubjectSpec('ORG_AUTH_CLI', structure()).ok).toBe(true);
    expect(buildSubjectSpec('ORG_AUTH_CLI', structure(), { projects: ['insi', 'NOPE'] }).ok).toBe(true);
  });

  it('binds the product INSi needs, not others ordered with it', () => {
    expect(buildSubjectSpec('SERV_SSL', server(), { projects: ['INSI', 'MSSANTE'] }).ok).toBe(true);
    expect(buildSubjectSpec('ORG_SIGN', structure(), { projects: ['INSI'] }).ok).toBe(true);
  });

  it('reads the rule from the catalogue project data', () => {
    expect(imposedCns('ORG_AUTH_CLI', ['DMP', 'INSI', 'INSI'])).toEqual([
      { project: 'INSI', rule: INSI_CN_RULE },
    ]);
    expect(imposedCns('SERV_SSL', ['INSI'])).toEqual([]);
  });

  it('lists projects that would share the dedicated certificate', () => {
    expect(projectsSharingDedicated('ORG_AUTH_CLI', ['INSI', 'DMP', 'MSSANTE', 'ROR'])).toEqual([
      'DMP',
      'ROR',
    ]);
    expect(projectsSharingDedicated('ORG_AUTH_CLI', ['INSI'])).toEqual([]);
    expect(projectsSharingDedicated('ORG_AUTH_CLI', ['DMP'])).toEqual([]);
  });
});
