import { getProject } from '../catalogue/projects.js';
import type { CnRule, ProjectCode } from '../catalogue/projects.js';
import type { ProductCode } from '../model/igc-sante.js';

/** A CN the order must carry because one of its projects imposes it (today: INSi). */
export type ImposedCn = { readonly project: ProjectCode; readonly rule: CnRule };

/**
 * CN rules that apply to this product for the order's projects, read from the catalogue's
 * project needs (no project is named here). A rule applies only when the project needs
 * this very product: INSi's rule binds ORG_AUTH_CLI, not a SERV_SSL ordered alongside.
 * Unknown project codes are ignored, as in productsForProjects.
 */
export const imposedCns = (product: ProductCode, projects: readonly string[]): readonly ImposedCn[] => {
  const found: ImposedCn[] = [];
  for (const code of new Set(projects)) {
    const project = getProject(code);
    if (project === undefined) continue;
    for (const need of project.needs) {
      if (need.cn !== null && need.anyOf.includes(product))
        found.push({ project: project.code, rule: need.cn });
    }
  }
  return found;
};

/**
 * Projects of the list that would share this certificate although a dedicated CN rule
 * forbids it (INSi's certificate serves INSi only).
 */
export const projectsSharingDedicated = (
  product: ProductCode,
  projects: readonly string[],
): readonly ProjectCode[] => {
  const imposed = imposedCns(product, projects);
  if (!imposed.some((i) => i.rule.dedicated)) return [];
  const owners = new Set(imposed.map((i) => i.project));
  const sharing: ProjectCode[] = [];
  for (const code of new Set(projects)) {
    const project = getProject(code);
    if (project === undefined || owners.has(project.code)) continue;
    if (project.needs.some((n) => n.anyOf.includes(product))) sharing.push(project.code);
  }
  return sharing;
};
