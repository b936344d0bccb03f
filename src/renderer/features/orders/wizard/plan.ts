import { getOffer } from '../../../../shared/catalogue/offers.js';
import { productsForProjects } from '../../../../shared/catalogue/order-plan.js';
import type { OrderChoice } from '../../../../shared/catalogue/order-plan.js';
import { getProduct } from '../../../../shared/catalogue/products.js';
import { getProject, type CnRule, type ProjectCode } from '../../../../shared/catalogue/projects.js';
import type { Lang } from '../../../../shared/catalogue/localized.js';
import type { ProductCode } from '../../../../shared/model/igc-sante.js';

/** Step 1's answer: services to connect to, or (advanced) one product named directly. */
export type ServiceSelection =
  | {
      readonly mode: 'projects';
      readonly projects: readonly ProjectCode[];
      /** The product picked for each either/or need (ROR), by choiceKey. */
      readonly choices: Readonly<Record<string, ProductCode>>;
    }
  | { readonly mode: 'product'; readonly product: ProductCode | null };

/** One certificate the wizard will order: one order, one key, one CSR. */
export type PlannedCertificate = {
  /** Stable within a plan; the product code unless the same product appears twice (INSi). */
  readonly key: string;
  readonly product: ProductCode;
  readonly projects: readonly ProjectCode[];
  readonly cn: CnRule | null;
};

export const choiceKey = (choice: OrderChoice): string => choice.anyOf.join('|');

type Line = { product: ProductCode; projects: ProjectCode[]; cn: CnRule | null };

/**
 * The certificates to order, in the catalogue's order: its lines, plus each settled
 * choice (merged into a line of the same product when there is one, as the catalogue
 * would have done). Unsettled choices are left out; see `unsettledChoices`.
 */
export const plannedCertificates = (selection: ServiceSelection): PlannedCertificate[] => {
  if (selection.mode === 'product') {
    return selection.product
      ? [{ key: selection.product, product: selection.product, projects: [], cn: null }]
      : [];
  }
  const plan = productsForProjects(selection.projects);
  const lines: Line[] = plan.lines.map((l) => ({ product: l.product, projects: [...l.projects], cn: l.cn }));
  for (const choice of plan.choices) {
    const picked = selection.choices[choiceKey(choice)];
    if (!picked || !choice.anyOf.includes(picked)) continue;
    const same = lines.find((l) => l.product === picked && l.cn === null);
    if (same) same.projects.push(...choice.projects.filter((p) => !same.projects.includes(p)));
    else lines.push({ product: picked, projects: [...choice.projects], cn: null });
  }
  return lines.map((line) => ({ ...line, key: lineKey(line, lines) }));
};

/** "ORG_AUTH_CLI", or "ORG_AUTH_CLI-INSI" for the dedicated INSi certificate beside another one. */
const lineKey = (line: Line, all: readonly Line[]): string => {
  const twins = all.filter((l) => l.product === line.product);
  if (twins.length === 1 || line.cn === null) return line.product;
  return `${line.product}-${line.projects.join('-')}`;
};

export const unsettledChoices = (selection: ServiceSelection): OrderChoice[] => {
  if (selection.mode === 'product') return [];
  return productsForProjects(selection.projects).choices.filter((c) => {
    const picked = selection.choices[choiceKey(c)];
    return !picked || !c.anyOf.includes(picked);
  });
};

export type HolderKind = 'structure' | 'person';

/** ORG and SERV certificates name a structure; PS and PRO ones a person. */
export const holderKindOf = (product: ProductCode): HolderKind => {
  const offer = getProduct(product)?.offer;
  return offer && getOffer(offer)?.holderKind === 'natural-person' ? 'person' : 'structure';
};

/** PRO certificates name a person and the structure they work for (its O, OU and ST). */
export const needsEmployer = (product: ProductCode): boolean => getProduct(product)?.offer === 'PRO';

/** The server's FQDN is the CN of SERV certificates; ORG ones take a free service name. */
export const cnIsFqdn = (product: ProductCode): boolean => getProduct(product)?.offer === 'SERV';

/** Extra dNSName entries only exist on TLS server certificates. */
export const takesDnsNames = (product: ProductCode): boolean => getProduct(product)?.san.kind === 'dns';

/** "DMP (Dossier médical partagé), ROR (…)": the catalogue's names, unknown codes as they are. */
export const projectNames = (codes: readonly string[], lang: Lang): string =>
  codes.map((c) => getProject(c)?.name[lang] ?? c).join(', ');
