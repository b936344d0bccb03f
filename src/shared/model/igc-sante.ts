import { z } from 'zod';
import { PRODUCT_CODES } from '../catalogue/product-codes.js';

export const Environment = z.enum(['production', 'test']);
export type Environment = z.infer<typeof Environment>;

export const Family = z.enum(['ORG', 'SERV', 'PRO', 'PS', 'CA', 'card', 'other']);
export type Family = z.infer<typeof Family>;

export const ProductCode = z.enum(PRODUCT_CODES);
export type ProductCode = z.infer<typeof ProductCode>;

/** idNat_Struct type digit: 0 ADELI cabinet, 1 FINESS, 2 SIREN, 3 SIRET, 4 RPPS cabinet. */
export const StructureIdType = z.enum(['ADELI', 'FINESS', 'SIREN', 'SIRET', 'RPPS']);
export type StructureIdType = z.infer<typeof StructureIdType>;

/** idNat_PS type: 8 RPPS, 0 ADELI, other digits = structure id + '/' + local number. */
export const PersonIdType = z.enum(['RPPS', 'ADELI', 'STRUCTURE_LOCAL']);
export type PersonIdType = z.infer<typeof PersonIdType>;

export const CardType = z.enum(['CPS', 'CPF', 'CPE', 'CPA']);
export type CardType = z.infer<typeof CardType>;

export const IgcSanteInfo = z.object({
  environment: Environment,
  family: Family,
  /** Null when the certificate does not say enough to tell (never guessed). */
  product: ProductCode.nullable(),
  /**
   * Issuing CA short name (ACI-EL-ORG, ACR-EL, …) when the issuer is a known IGC-Santé CA.
   * Reports about a file (inspector, retrieval, CLI) name it only for genuine certificates.
   */
  issuingCa: z.string().nullable(),
  /**
   * Really issued by the IGC-Santé: a pinned CA itself, or a valid chain to a pinned anchor
   * of the same environment. False for a look-alike (IGC-Santé names, another key) and
   * whenever the chain could not be checked: the other fields then describe a shape only.
   */
  genuine: z.boolean(),
  /** From the ANS product-category extension: software, card or security module. */
  medium: z.enum(['software', 'card', 'security-module']).nullable(),
  structureId: z
    .object({
      type: StructureIdType.nullable(),
      /** The identifier without its type digit. */
      value: z.string(),
      /** The full idNat_Struct as written in the certificate. */
      raw: z.string(),
      /** Check digit / length rules of that identifier type hold. */
      valid: z.boolean(),
    })
    .nullable(),
  personId: z
    .object({ type: PersonIdType, value: z.string(), raw: z.string(), valid: z.boolean() })
    .nullable(),
  profession: z.object({ code: z.string().nullable(), label: z.string() }).nullable(),
  departement: z.object({ code: z.string(), name: z.string() }).nullable(),
  cardType: CardType.nullable(),
});
export type IgcSanteInfo = z.infer<typeof IgcSanteInfo>;

/** Projects / national services a certificate is ordered for (see catalogue/projects.ts). */
export const ProjectCode = z.enum([
  'DMP',
  'MSSANTE',
  'ROR',
  'PFLAU',
  'AMC',
  'RPPS',
  'RASS',
  'PRATIC',
  'DP',
  'DIAPASON',
  'ROC',
  'PSIG',
  'INSI',
]);
export type ProjectCode = z.infer<typeof ProjectCode>;
