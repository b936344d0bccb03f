import type { PinnedCa } from '../../shared/igc-sante/anchors.js';
import type { HandlerDeps } from '../ipc/handlers.js';
import type { Alarm } from '../ports/alarm.js';
import type { Clock } from '../ports/clock.js';
import type { DocumentStore } from '../ports/document-store.js';
import type { EventSink } from '../ports/event-sink.js';
import type { ExternalOpener } from '../ports/external-opener.js';
import type { FilePicker } from '../ports/file-picker.js';
import type { FileSystem } from '../ports/file-system.js';
import type { FolderWatcher } from '../ports/folder-watcher.js';
import type { HttpFetcher } from '../ports/http-fetcher.js';
import type { Notifier } from '../ports/notifier.js';
import type { OsKeystore } from '../ports/os-keystore.js';
import type { SaveTarget } from '../ports/save-target.js';
import type { SecretStore } from '../ports/secret-store.js';
import type { TlsProbe } from '../ports/tls-probe.js';
import type { ChainUrls } from '../services/trust/download-chain.js';
import type { TrustDir } from '../services/trust/trust-service.js';
import type { TokenRuntime } from './compose-tokens.js';

/** What the composition root (compose.ts) is built from: the adapters, then the settings. */
export type CoreAdapters = {
  fs: FileSystem;
  clock: Clock;
  opener: ExternalOpener;
  events: EventSink;
  /** The OS keychain that protects the vault secret. */
  secrets: SecretStore;
  /** Where order records are kept (electron-store in the shell, conf in Node). */
  orderDocuments: DocumentStore;
  /** The inventory's settings: thresholds and watched folders (same two adapters). */
  settingsDocuments: DocumentStore;
  /** Native notifications (Electron's in the shell); none: notifications are dropped. */
  notifier?: Notifier;
  /** One wake-up for the expiry watcher; default: a timer on the clock. */
  alarm?: Alarm;
  /** The system's folder dialog (a folder to watch); none outside the desktop app. */
  chooseFolder?: () => Promise<string | null>;
  /** TLS connections to watched endpoints; none: endpoints cannot be watched (network off). */
  tlsProbe?: TlsProbe;
  /** The roots web clients know (DER), for "is the served chain complete". */
  webRoots?: () => Uint8Array[];
  /** OS notifications of changes in watched folders (the app); none: reconciles only. */
  folderWatcher?: FolderWatcher;
  /** The system's file dialog; none outside the desktop app. */
  picker?: FilePicker;
  /** Where exports are written: the save dialog (desktop), a dev/test folder, none (CLI). */
  saveTarget?: SaveTarget;
  /** The modules the user added for cards and tokens; none: kept for the session only. */
  tokenDocuments?: DocumentStore;
  /** The OS / browser certificate stores; default: this platform's (see ./keystore.ts). */
  keystore?: OsKeystore;
  /**
   * Network for OCSP / CRLs and ANS's chain bundles. None means offline: revocation is
   * reported 'unknown' and chain downloads are refused (tests pass a loopback-only one).
   */
  http?: HttpFetcher;
};

export type CoreConfig = {
  dataDir: string;
  /** Extra trust folders on top of the Cryptolib install and VIGIE_TRUST_DIRS. */
  trustDirs?: readonly TrustDir[];
  appInfo: HandlerDeps['appInfo'];
  /** Where the chain bundles are downloaded from (default: ANS's official URLs). */
  chainUrls?: ChainUrls;
  /**
   * DEV/TEST ONLY (the dev bridge and tests; the Electron entry and the CLI never set it):
   * extra trust anchors, e.g. a loopback fixture CA, on top of the pinned IGC-Santé CAs.
   */
  devAnchors?: readonly PinnedCa[];
  /** Bring the stores and watched folders into the inventory at start (the app; not tests). */
  refreshInventoryAtStart?: boolean;
  /**
   * Look at every source again this often while running (watched folders whose OS watch
   * missed a change, a network share, the stores, revocation as CRLs renew). Default: six
   * hours where the inventory is refreshed at start (the app), never otherwise.
   */
  reconcileEveryMs?: number;
  /**
   * Start the sandbox's CRL / OCSP server at start when a sandbox CA exists (the app, the
   * local browser mode, the dev bridge; never the CLI, whose short runs would move its port).
   */
  sandboxServerAtStart?: boolean;
  /** Download a missing production/TEST anchor bundle at start (needs `http`). */
  refreshMissingAnchors?: boolean;
  /**
   * The bundled inspection worker (src/main/app/inspection-worker.ts): inspections then run
   * in a worker thread, off the event loop that serves the window (the app and the dev
   * bridge). Absent: inline (the CLI, its own short-lived process; unit tests).
   */
  inspectionWorker?: string | URL;
  /**
   * Cards and tokens (PKCS#11): in the bundled token worker (app, dev bridge), inline, or
   * off (default: unit tests of other parts never load a module).
   */
  tokens?: TokenRuntime;
};
