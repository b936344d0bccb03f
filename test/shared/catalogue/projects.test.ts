import {
  INSI_CN_RULE,
  PROJECTS,
  getProject,
  productsForProjects,
  projectsUsing,
} from '../../../src/shared/catalogue/index.js';

describe('project matrix', () => {
  it('answers "what do I order" for each project as in the ANS matrix', () => {
    const matrix = Object.fromEntries(
      PROJECTS.map((p) => [p.code, p.needs.map((n) => n.anyOf.join(' or '))]),
    );
    expect(matrix).toEqual({
      DMP: ['ORG_AUTH_CLI', 'ORG_SIGN'],
      MSSANTE: ['SERV_SSL'],
      ROR: ['ORG_AUTH_CLI or SERV_SSL'],
      PFLAU: ['SERV_SSL', 'ORG_AUTH_CLI'],
      AMC: ['ORG_AUTH_CLI'],
      RPPS: ['ORG_AUTH_CLI', 'ORG_SIGN'],
      RASS: ['ORG_AUTH_CLI'],
      PRATIC: ['ORG_AUTH_CLI'],
      DP: ['ORG_AUTH_CLI'],
      DIAPASON: ['SERV_SSL', 'ORG_AUTH_CLI'],
      ROC: ['SERV_SSL', 'ORG_AUTH_CLI'],
      PSIG: ['SERV_SSL', 'ORG_AUTH_CLI'],
      INSI: ['ORG_AUTH_CLI'],
    });
  });

  it('carries the INSi CN rule (INSI-AUTO or INSI-MANU, dedicated certificate)', () => {
    const insi = getProject('INSI');
    expect(insi?.needs[0]?.cn).toEqual({ oneOf: ['INSI-AUTO', 'INSI-MANU'], dedicated: true });
    expect(insi?.confidence).toBe('M');
    expect(PROJECTS.filter((p) => p.code !== 'INSI').every((p) => p.needs.every((n) => n.cn === null))).toBe(
      true,
    );
  });

  it('names every project in French and English', () => {
    for (const p of PROJECTS) {
      expect(p.name.fr.length).toBeGreaterThan(1);
      expect(p.name.en.length).toBeGreaterThan(1);
    }
  });

  it('lists the projects that use a product', () => {
    expect(projectsUsing('ORG_SIGN')).toEqual(['DMP', 'RPPS']);
    expect(projectsUsing('SERV_SSL')).toEqual(['MSSANTE', 'ROR', 'PFLAU', 'DIAPASON', 'ROC', 'PSIG']);
    expect(projectsUsing('PS_CONF')).toEqual([]);
  });
});

describe('productsForProjects', () => {
  it('returns nothing for no project, and ignores unknown codes', () => {
    expect(productsForProjects([])).toEqual({ lines: [], choices: [] });
    expect(productsForProjects(['NOPE', '', 'x'.repeat(10_000)])).toEqual({ lines: [], choices: [] });
  });

  it('orders one certificate per product for a single project', () => {
    expect(productsForProjects(['DMP'])).toEqual({
      lines: [
        { product: 'ORG_AUTH_CLI', projects: ['DMP'], cn: null },
        { product: 'ORG_SIGN', projects: ['DMP'], cn: null },
      ],
      choices: [],
    });
  });

  it('leaves the ROR alternative as a choice when nothing else settles it', () => {
    expect(productsForProjects(['ROR'])).toEqual({
      lines: [],
      choices: [{ anyOf: ['ORG_AUTH_CLI', 'SERV_SSL'], projects: ['ROR'] }],
    });
  });

  it('settles the ROR alternative with a certificate already needed', () => {
    expect(productsForProjects(['ROR', 'MSSANTE'])).toEqual({
      lines: [{ product: 'SERV_SSL', projects: ['MSSANTE', 'ROR'], cn: null }],
      choices: [],
    });
    const plan = productsForProjects(['DMP', 'ROR']);
    expect(plan.choices).toEqual([]);
    expect(plan.lines[0]).toEqual({ product: 'ORG_AUTH_CLI', projects: ['DMP', 'ROR'], cn: null });
  });

  it('shares one certificate between projects needing the same product', () => {
    const plan = productsForProjects(['DP', 'RASS', 'AMC', 'DP']);
    expect(plan.lines).toEqual([{ product: 'ORG_AUTH_CLI', projects: ['DP', 'RASS', 'AMC'], cn: null }]);
  });

  it('gives INSi its own ORG_AUTH_CLI with the CN rule, never shared', () => {
    const plan = productsForProjects(['DMP', 'INSI']);
    expect(plan.lines).toEqual([
      { product: 'ORG_AUTH_CLI', projects: ['DMP'], cn: null },
      { product: 'ORG_SIGN', projects: ['DMP'], cn: null },
      { product: 'ORG_AUTH_CLI', projects: ['INSI'], cn: INSI_CN_RULE },
    ]);
    // ROR must not be settled by the dedicated INSi certificate.
    expect(productsForProjects(['INSI', 'ROR']).choices).toEqual([
      { anyOf: ['ORG_AUTH_CLI', 'SERV_SSL'], projects: ['ROR'] },
    ]);
  });

  it('plans every project at once with four certificates', () => {
    const plan = productsForProjects(PROJECTS.map((p) => p.code));
    expect(plan.choices).toEqual([]);
    expect(plan.lines.map((l) => `${l.product}${l.cn ? '*' : ''}`)).toEqual([
      'ORG_AUTH_CLI',
      'ORG_SIGN',
      'SERV_SSL',
      'ORG_AUTH_CLI*',
    ]);
    expect(plan.lines[0]?.projects).toContain('ROR');
  });
});
