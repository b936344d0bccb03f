import type { ProductCode } from '../model/igc-sante.js';
import { getProject } from './projects.js';
import type { CnRule, ProjectCode } from './projects.js';

/** One certificate to order, and the projects it serves. */
export type OrderLine = {
  readonly product: ProductCode;
  readonly projects: readonly ProjectCode[];
  /** Set when the certificate must carry a given CN and serve nothing else (INSi). */
  readonly cn: CnRule | null;
};

/** A need the user still has to settle by picking one product. */
export type OrderChoice = {
  readonly anyOf: readonly ProductCode[];
  readonly projects: readonly ProjectCode[];
};

export type OrderPlan = { readonly lines: readonly OrderLine[]; readonly choices: readonly OrderChoice[] };

type MutableLine = { product: ProductCode; projects: ProjectCode[]; cn: CnRule | null };
type MutableChoice = { anyOf: readonly ProductCode[]; projects: ProjectCode[] };

const addProject = (list: ProjectCode[], project: ProjectCode): void => {
  if (!list.includes(project)) list.push(project);
};

const sameSet = (a: readonly ProductCode[], b: readonly ProductCode[]): boolean =>
  a.length === b.length && a.every((x) => b.includes(x));

/**
 * "I connect to X and Y, what do I order?" One line per certificate: projects that need
 * the same product share it, except where a CN rule makes the certificate dedicated (INSi
 * wants its own). A need that several products satisfy is settled by a certificate already
 * on the list when there is one; otherwise it is returned as a choice.
 * Unknown project codes are ignored (input may come from saved settings).
 */
export const productsForProjects = (projects: readonly string[]): OrderPlan => {
  const lines: MutableLine[] = [];
  const deferred: { anyOf: readonly ProductCode[]; project: ProjectCode }[] = [];

  for (const code of projects) {
    const project = getProject(code);
    if (project === undefined) continue;
    for (const need of project.needs) {
      const [only, ...others] = need.anyOf;
      if (only === undefined) continue;
      if (others.length > 0 && need.cn === null) {
        deferred.push({ anyOf: need.anyOf, project: project.code });
        continue;
      }
      const existing = lines.find((l) => l.product === only && l.cn === need.cn);
      if (existing) addProject(existing.projects, project.code);
      else lines.push({ product: only, projects: [project.code], cn: need.cn });
    }
  }

  const choices: MutableChoice[] = [];
  for (const { anyOf, project } of deferred) {
    const shared = anyOf
      .map((p) => lines.find((l) => l.product === p && l.cn === null))
      .find((l) => l !== undefined);
    if (shared) {
      addProject(shared.projects, project);
      continue;
    }
    const same = choices.find((c) => sameSet(c.anyOf, anyOf));
    if (same) addProject(same.projects, project);
    else choices.push({ anyOf, projects: [project] });
  }
  return { lines, choices };
};
