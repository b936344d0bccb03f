import { z } from 'zod';
import { TokenError } from './token.js';
import { Environment, ProductCode, ProjectCode, StructureIdType } from './igc-sante.js';

/** Life of one certificate order. `cancelled` can be reached from any state but `installed`. */
export const OrderState = z.enum([
  'draft',
  'key-ready',
  'csr-exported',
  'submitted',
  'issued',
  'installed',
  'cancelled',
]);
export type OrderState = z.infer<typeof OrderState>;

const Text = z.string().max(256);

/** An ORG or SERV holder: a structure (one of its applications or servers). */
export const StructureHolder = z.object({
  kind: z.literal('structure'),
  /** Raison sociale → O. */
  legalName: Text,
  structureIdType: StructureIdType,
  /** The identifier without its type digit (e.g. FINESS "0B0221636"). */
  structureId: z.string().max(32),
  /** Département code ("69", "2A", "971") → ST "Rhône (69)". */
  departement: z.string().max(3),
  /** CN: the application/service name (ORG) or the server's FQDN (SERV_SSL). */
  commonName: Text,
  /** Extra dNSName SANs for SERV_SSL (the CN is always the first SAN). */
  dnsNames: z.array(z.string().max(253)).max(50),
});
export type StructureHolder = z.infer<typeof StructureHolder>;

/** A PS or PRO holder: a health professional. */
export const PersonHolder = z.object({
  kind: z.literal('person'),
  personIdType: z.enum(['RPPS', 'ADELI']),
  /** The identifier without its type digit (RPPS: 11 digits). */
  personId: z.string().max(32),
  surname: Text,
  givenName: Text,
  /** TRE_G15 profession code ("10" Médecin…) → title. */
  professionCode: z.string().max(4),
  /** PRO only: the structure the professional works for (its O / OU / ST). */
  employer: z
    .object({
      legalName: Text,
      structureIdType: StructureIdType,
      structureId: z.string().max(32),
      departement: z.string().max(3),
    })
    .optional(),
});
export type PersonHolder = z.infer<typeof PersonHolder>;

export const Holder = z.discriminatedUnion('kind', [StructureHolder, PersonHolder]);
export type Holder = z.infer<typeof Holder>;

export const KeyBits = z.union([z.literal(2048), z.literal(3072), z.literal(4096)]);
export type KeyBits = z.infer<typeof KeyBits>;

export const OrderEvent = z.object({
  at: z.iso.datetime(),
  state: OrderState,
  /** Short English note for the log (never a secret). */
  note: z.string().max(500).nullable(),
});

export const Order = z.object({
  id: z.uuid(),
  product: ProductCode,
  environment: Environment,
  holder: Holder,
  /** Projects the user picked in the chooser (DMP, MSSanté…), for display. */
  projects: z.array(ProjectCode).max(20),
  key: z.object({ algorithm: z.literal('RSA'), bits: KeyBits }),
  /** Which key store holds the private key, and its id there; null until generated. */
  keyRef: z.object({ store: z.string(), keyId: z.string() }).nullable(),
  /** SHA-256 of the key's SubjectPublicKeyInfo: matches the issued certificate later. */
  spkiSha256: z.string().nullable(),
  csrPem: z.string().nullable(),
  /** The issued certificate once retrieved (absent in stores written before retrieval existed). */
  certificate: z
    .object({
      pem: z.string(),
      sha256: z.string(),
      notAfter: z.iso.datetime(),
      retrievedAt: z.iso.datetime(),
    })
    .nullable()
    .default(null),
  state: OrderState,
  /**
   * Lineage: the SHA-256 of the certificate this order renews (same product and subject,
   * a new key), or null for a first order. Absent in stores written before renewal existed.
   */
  renews: z.string().nullable().default(null),
  history: z.array(OrderEvent),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Order = z.infer<typeof Order>;

/** A field the user must fix, with a machine code the UI translates. */
export const FieldError = z.object({
  field: z.string(),
  code: z.string(),
  /** English, for logs and the CLI. */
  message: z.string(),
});
export type FieldError = z.infer<typeof FieldError>;

export const OrderErrorCode = z.enum([
  'invalid-holder',
  'not-found',
  'invalid-transition',
  'vault-locked',
  'vault-not-set-up',
  'keyring-unavailable',
  'key-generation-failed',
  'certificate-mismatch',
  'certificate-revoked',
  /** Not shown to be issued by the IGC-Santé, and the user did not accept it explicitly. */
  'look-alike-unconfirmed',
  'no-matching-order',
  'export-failed',
  /** Renewal asked for a certificate past its end: IGC-Santé only renews while valid. */
  'expired',
  /** Renewal asked for a certificate Vigie cannot reorder (not IGC-Santé, product unknown). */
  'not-renewable',
  'cancelled',
  'unavailable',
  'io-error',
  /** The card or token refused (wrong PIN, removed, locked…): `token` says how. */
  'token-failed',
]);
export const OrderError = z.object({
  code: OrderErrorCode,
  message: z.string(),
  fields: z.array(FieldError).optional(),
  token: TokenError.optional(),
});
export type OrderError = z.infer<typeof OrderError>;
