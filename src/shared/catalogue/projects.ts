import type { ProductCode, ProjectCode } from '../model/igc-sante.js';
import type { Confidence, Localized } from './localized.js';

export type { ProjectCode };

/**
 * A subject CN the service insists on. INSi only accepts a certificate whose CN is exactly
 * one of these values, and that certificate is used for nothing else.
 */
export type CnRule = { readonly oneOf: readonly string[]; readonly dedicated: true };

/** One certificate to hold: any one of `anyOf` does (usually a single product). */
export type ProjectNeed = { readonly anyOf: readonly ProductCode[]; readonly cn: CnRule | null };

export type Project = {
  readonly code: ProjectCode;
  readonly name: Localized;
  readonly needs: readonly ProjectNeed[];
  /** H: ANS order matrix; M: a third-party integration guide. */
  readonly confidence: Confidence;
};

const one = (product: ProductCode): ProjectNeed => ({ anyOf: [product], cn: null });

export const INSI_CN_RULE: CnRule = { oneOf: ['INSI-AUTO', 'INSI-MANU'], dedicated: true };

export const PROJECTS: readonly Project[] = [
  {
    code: 'DMP',
    name: { fr: 'DMP (Dossier médical partagé)', en: 'DMP (shared medical record)' },
    needs: [one('ORG_AUTH_CLI'), one('ORG_SIGN')],
    confidence: 'H',
  },
  {
    code: 'MSSANTE',
    name: { fr: 'MSSanté (opérateurs de messagerie)', en: 'MSSanté (secure mail operators)' },
    needs: [one('SERV_SSL')],
    confidence: 'H',
  },
  {
    code: 'ROR',
    name: {
      fr: 'ROR (Répertoire opérationnel des ressources)',
      en: 'ROR (operational resources directory)',
    },
    // The ANS matrix offers a choice here: either certificate is enough.
    needs: [{ anyOf: ['ORG_AUTH_CLI', 'SERV_SSL'], cn: null }],
    confidence: 'H',
  },
  {
    code: 'PFLAU',
    name: {
      fr: "PFLAU (localisation des appels d'urgence, SAMU)",
      en: 'PFLAU (emergency call location, SAMU)',
    },
    needs: [one('SERV_SSL'), one('ORG_AUTH_CLI')],
    confidence: 'H',
  },
  {
    code: 'AMC',
    name: {
      fr: 'Annuaire AMC (assurance maladie complémentaire)',
      en: 'AMC directory (complementary health insurance)',
    },
    needs: [one('ORG_AUTH_CLI')],
    confidence: 'H',
  },
  {
    code: 'RPPS',
    name: { fr: 'RPPS (partenaires)', en: 'RPPS (partners)' },
    needs: [one('ORG_AUTH_CLI'), one('ORG_SIGN')],
    confidence: 'H',
  },
  {
    code: 'RASS',
    name: { fr: 'Annuaire Santé (RASS)', en: 'Health directory (RASS)' },
    needs: [one('ORG_AUTH_CLI')],
    confidence: 'H',
  },
  {
    code: 'PRATIC',
    name: { fr: 'PRATIC', en: 'PRATIC' },
    needs: [one('ORG_AUTH_CLI')],
    confidence: 'H',
  },
  {
    code: 'DP',
    name: { fr: 'Dossier pharmaceutique (DP)', en: 'Pharmaceutical record (DP)' },
    needs: [one('ORG_AUTH_CLI')],
    confidence: 'H',
  },
  {
    code: 'DIAPASON',
    name: { fr: 'Diapason', en: 'Diapason' },
    needs: [one('SERV_SSL'), one('ORG_AUTH_CLI')],
    confidence: 'H',
  },
  {
    code: 'ROC',
    name: { fr: 'ROC', en: 'ROC' },
    needs: [one('SERV_SSL'), one('ORG_AUTH_CLI')],
    confidence: 'H',
  },
  {
    code: 'PSIG',
    name: {
      fr: 'PSIG (Portail des signalements sanitaires)',
      en: 'PSIG (health incident reporting portal)',
    },
    needs: [one('SERV_SSL'), one('ORG_AUTH_CLI')],
    confidence: 'H',
  },
  {
    code: 'INSI',
    name: { fr: 'INSi (identité nationale de santé)', en: 'INSi (national health identity)' },
    needs: [{ anyOf: ['ORG_AUTH_CLI'], cn: INSI_CN_RULE }],
    confidence: 'M',
  },
];

export const getProject = (code: string): Project | undefined => PROJECTS.find((p) => p.code === code);

/** Projects for which a product is (one of) the certificate(s) to hold. */
export const projectsUsing = (product: ProductCode): readonly ProjectCode[] =>
  PROJECTS.filter((p) => p.needs.some((n) => n.anyOf.includes(product))).map((p) => p.code);
