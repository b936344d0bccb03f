import { z } from 'zod';
import { MAX_FILE_BYTES, MAX_PASSWORD_LENGTH } from '../limits.js';
import { Anchor, ChainDownloadError, ImportOutcome } from '../model/anchor.js';
import { ReadError } from '../model/errors.js';
import { InspectionReport } from '../model/inspection.js';
import { Environment, ProductCode, ProjectCode } from '../model/igc-sante.js';
import { Holder, KeyBits, Order, OrderError } from '../model/order.js';
import { InstallError, InstallOutcome, InstallTarget, KeyLocations } from '../model/install.js';
import { VaultError, VaultStatus } from '../model/vault.js';
import { Pkcs12Profile, RetrieveAnalysis, ServerSnippets } from '../model/retrieve.js';
import { RecoveryNotice } from '../model/recovery.js';
import { op, resultOf } from './define.js';
import { inventoryEvents, inventoryOps } from './inventory-ops.js';
import { TokenPin, tokenEvents, tokenOps } from './token-ops.js';
import { diagnosticsOps } from './diagnostics-ops.js';
import { sandboxOps } from './sandbox-ops.js';
import { TokenRef } from '../model/token.js';

export { Anchor };

/**
 * THE contract between the renderer and the main process. Every operation is written
 * here once; the preload object, the main handler types and the renderer API are all
 * derived from this table (see ./types.ts), and the dev bridge forwards the same table.
 * Values must survive JSON (the dev bridge) and structured clone (Electron): no Dates,
 * no Uint8Arrays — bytes travel as base64.
 */

/** A user file's bytes, base64. The cap is the file cap plus base64's 4/3 growth. */
const FileBytes = z
  .string()
  .max(Math.ceil(MAX_FILE_BYTES / 3) * 4 + 4)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64 expected');

/** File names are display-only: the renderer never hands main a path to open. */
const FileName = z.string().min(1).max(255);
const Password = z.string().max(MAX_PASSWORD_LENGTH);

export const contract = {
  app: {
    getInfo: op({
      summary: 'Version and runtime of the running app',
      args: z.object({}).strict(),
      result: z.object({
        version: z.string(),
        platform: z.string(),
        runtime: z.enum(['electron', 'browser', 'dev-bridge', 'cli']),
      }),
    }),
  },
  inspector: {
    inspect: op({
      summary: 'Read any certificate file and describe every object it holds',
      args: z.object({ fileName: FileName, data: FileBytes, password: Password.optional() }).strict(),
      result: resultOf(InspectionReport, ReadError),
    }),
  },
  trust: {
    listAnchors: op({
      summary: 'IGC-Santé anchors available locally, production and TEST',
      args: z.object({}).strict(),
      result: z.object({ anchors: z.array(Anchor) }),
    }),
    importChain: op({
      summary: 'Keep the IGC-Santé CA certificates found in a chain file (pinned fingerprints only)',
      args: z.object({ fileName: FileName, data: FileBytes, password: Password.optional() }).strict(),
      result: resultOf(ImportOutcome, ReadError),
    }),
    downloadChain: op({
      summary:
        "Download ANS's official chain bundle (production or TEST) and keep its pinned CA certificates",
      args: z.object({ environment: Environment }).strict(),
      result: resultOf(ImportOutcome, ChainDownloadError),
    }),
  },
  orders: {
    list: op({
      summary:
        'Every order record, newest first (an unreadable or newer-format store is an error, never an empty list)',
      args: z.object({}).strict(),
      result: resultOf(z.object({ orders: z.array(Order) }), OrderError),
    }),
    create: op({
      summary:
        'Start an order (draft): product, environment, holder; the holder is validated for the product',
      args: z
        .object({
          product: ProductCode,
          environment: Environment,
          holder: Holder,
          projects: z.array(ProjectCode).max(20),
          keyBits: KeyBits,
        })
        .strict(),
      result: resultOf(Order, OrderError),
    }),
    generateKey: op({
      summary:
        'Generate the key pair in the vault, or on a card or token with its PIN (never extractable), and build the CSR (draft → key-ready)',
      args: z
        .object({
          orderId: z.uuid(),
          onToken: z.object({ token: TokenRef, pin: TokenPin }).strict().optional(),
        })
        .strict(),
      result: resultOf(Order, OrderError),
    }),
    storeOnToken: op({
      summary:
        'Put an issued certificate on the card or token that holds its key (same CKA_ID), read it back, then mark the order installed',
      args: z.object({ orderId: z.uuid(), pin: TokenPin }).strict(),
      result: resultOf(Order, OrderError),
    }),
    exportCsr: op({
      summary: 'The CSR as PEM, with a file name (key-ready → csr-exported)',
      args: z.object({ orderId: z.uuid() }).strict(),
      result: resultOf(z.object({ order: Order, pem: z.string(), fileName: z.string() }), OrderError),
    }),
    markSubmitted: op({
      summary: 'The user says the CSR was uploaded on the IGC-Santé platform (csr-exported → submitted)',
      args: z.object({ orderId: z.uuid() }).strict(),
      result: resultOf(Order, OrderError),
    }),
    cancel: op({
      summary: 'Cancel an order (its pending key stays in the vault until deleted)',
      args: z.object({ orderId: z.uuid() }).strict(),
      result: resultOf(Order, OrderError),
    }),
    renew: op({
      summary:
        'Renew a certificate still valid: a draft for the same product and subject, linked to it (after expiry: "expired", or a first order with asNewOrder)',
      args: z
        .object({ sha256: z.string().regex(/^[0-9A-F]{64}$/), asNewOrder: z.boolean().optional() })
        .strict(),
      result: resultOf(Order, OrderError),
    }),
    retireRenewed: op({
      summary:
        'Once a renewal is installed and read back, remove the certificate it replaces from every store holding it',
      args: z.object({ orderId: z.uuid() }).strict(),
      result: resultOf(
        z.object({ removedFrom: z.array(z.string()), failed: z.array(z.string()) }),
        OrderError,
      ),
    }),
  },
  retrieve: {
    analyze: op({
      summary:
        'Read a file from the IGC-Santé platform: each certificate, its chain, the order it belongs to',
      args: z.object({ fileName: FileName, data: FileBytes, password: Password.optional() }).strict(),
      result: resultOf(RetrieveAnalysis, ReadError),
    }),
    confirm: op({
      summary:
        'Keep an issued certificate: attach it to its order (or, with its key from a platform PKCS#12, to a new entry) and store the revocation code in the OS keychain',
      args: z
        .object({
          fileName: FileName,
          data: FileBytes,
          password: Password.optional(),
          certificateSha256: z.string().regex(/^[0-9A-F]{64}$/),
          revocationCode: Password.optional(),
          /** The user accepts a certificate not shown to be issued by the IGC-Santé. */
          acceptLookAlike: z.boolean().optional(),
        })
        .strict(),
      result: resultOf(Order, OrderError),
    }),
  },
  custody: {
    exportPkcs12: op({
      summary:
        'Write the certificate and its vault key as a PKCS#12 where the user chooses (modern or compatible profile)',
      args: z.object({ orderId: z.uuid(), password: Password.min(1), profile: Pkcs12Profile }).strict(),
      result: resultOf(z.object({ path: z.string() }), OrderError),
    }),
    exportPemBundle: op({
      summary:
        'Write key (encrypted unless asked), certificate, chain and server snippets into a folder the user chooses',
      args: z.object({ orderId: z.uuid(), keyPassphrase: Password.min(10).nullable() }).strict(),
      result: resultOf(
        z.object({ folder: z.string(), files: z.array(z.string()), snippets: ServerSnippets }),
        OrderError,
      ),
    }),
    revealSecret: op({
      summary: 'Show the revocation code (or the PKCS#12 password) kept in the OS keychain for an order',
      args: z.object({ orderId: z.uuid(), kind: z.enum(['revocation-code', 'pkcs12-password']) }).strict(),
      result: resultOf(z.object({ secret: z.string().nullable() }), OrderError),
    }),
  },
  install: {
    targets: op({
      summary:
        'Certificate stores of this computer (Firefox profiles, Chromium, Windows store, macOS keychain)',
      args: z.object({}).strict(),
      result: z.object({ targets: z.array(InstallTarget) }),
    }),
    run: op({
      summary:
        'Install an issued certificate with its vault key (and the IGC-Santé CAs of its environment) into the chosen stores, then read each store back',
      args: z
        .object({
          orderId: z.uuid(),
          targetIds: z.array(z.string().max(4096)).min(1).max(20),
          /** The user accepts a certificate not shown to be issued by the IGC-Santé. */
          acceptLookAlike: z.boolean().optional(),
        })
        .strict(),
      result: resultOf(InstallOutcome, InstallError),
    }),
    keyLocations: op({
      summary: "Where an order's private key lives: the vault and every store holding its certificate or key",
      args: z.object({ orderId: z.uuid() }).strict(),
      result: resultOf(KeyLocations, InstallError),
    }),
    destroyVaultKey: op({
      summary:
        'After a verified install, delete the vault copy of the key (optionally after an encrypted PKCS#12 backup, read back)',
      args: z
        .object({
          orderId: z.uuid(),
          backup: z
            .object({ password: Password.min(1), profile: Pkcs12Profile })
            .strict()
            .nullable(),
        })
        .strict(),
      result: resultOf(z.object({ order: Order, backupPath: z.string().nullable() }), InstallError),
    }),
  },
  vault: {
    status: op({
      summary: 'How the key vault is protected, and whether it is unlocked',
      args: z.object({}).strict(),
      result: VaultStatus,
    }),
    setup: op({
      summary: 'Protect the vault with the OS keychain (default) or with a passphrase',
      args: z.discriminatedUnion('mode', [
        z.object({ mode: z.literal('keyring') }).strict(),
        z.object({ mode: z.literal('passphrase'), passphrase: Password.min(1) }).strict(),
      ]),
      result: resultOf(VaultStatus, VaultError),
    }),
    unlock: op({
      summary: 'Open a passphrase vault for this session',
      args: z.object({ passphrase: Password }).strict(),
      result: resultOf(VaultStatus, VaultError),
    }),
    lock: op({
      summary: 'Forget the vault secret held in memory',
      args: z.object({}).strict(),
      result: VaultStatus,
    }),
  },
  files: {
    openDialog: op({
      summary:
        "The system's file dialog (menu commands cannot open the page's picker); each file read with the same cap",
      args: z.object({ purpose: z.enum(['inspect', 'import-chain']), multiple: z.boolean() }).strict(),
      result: resultOf(
        z.object({
          files: z.array(
            z.object({ fileName: FileName, data: FileBytes.nullable(), error: ReadError.nullable() }),
          ),
        }),
        z.object({ code: z.enum(['cancelled', 'unavailable']), message: z.string() }),
      ),
    }),
  },
  inventory: inventoryOps,
  tokens: tokenOps,
  diagnostics: diagnosticsOps,
  sandbox: sandboxOps,
  shell: {
    openExternal: op({
      summary: 'Open an allowlisted IGC-Santé / ANS page in the system browser',
      args: z.object({ url: z.url({ protocol: /^https$/ }).max(2048) }).strict(),
      result: resultOf(z.null(), z.object({ code: z.literal('not-allowed'), message: z.string() })),
    }),
  },
} as const;

/** Main → renderer events. Delivered after the renderer says it is ready (see main/ipc). */
export const events = {
  'app.command': z.object({
    command: z.enum([
      'open-file',
      'import-chain',
      'new-order',
      'orders',
      'certificates',
      'add-certificate',
      'about',
    ]),
  }),
  'trust.changed': z.object({ count: z.number().int() }),
  'orders.changed': z.object({ orderId: z.string() }),
  'orders.progress': z.object({
    orderId: z.string(),
    stage: z.enum(['generating-key', 'encrypting', 'saving', 'building-csr', 'done', 'failed']),
  }),
  ...inventoryEvents,
  ...tokenEvents,
  /** Sent once at start when files Vigie could not read were set aside (the recovery notice). */
  'app.recovery': RecoveryNotice,
} as const;
