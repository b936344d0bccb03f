import 'reflect-metadata';
import { composeCore } from '../app/compose.js';
import { defaultDataDir } from '../app/paths.js';
import { nodeFileSystem } from '../adapters/node-file-system.js';
import { systemClock } from '../adapters/system-clock.js';
import { EXIT, processIo, type CliIo } from './cli-io.js';
import { INSPECT_HELP, runInspect } from './inspect-command.js';
import { runCsr } from './csr-command.js';
import { runVerify } from './verify-command.js';
import { confDocumentStore } from '../adapters/conf-document-store.js';
import { createNapiKeyringSecretStore } from '../adapters/napi-keyring-secret-store.js';
import type { TrustDir } from '../services/trust/trust-service.js';
import { join } from 'node:path';
import { createRevocationService } from '../services/revocation/index.js';
import { networkFetcher } from '../app/network.js';

declare const VIGIE_VERSION: string;

const HELP = `vigie — IGC-Santé certificate manager (command line)

Usage: vigie <command> [options]

Commands:
  inspect FILE...   describe certificate files (run "vigie inspect --help")
  csr               create a key and a CSR for an IGC-Santé product (run "vigie csr --help")
  verify LEAF       validate a certificate path (run "vigie verify --help")
  help              show this help
  version           print the version

Environment:
  VIGIE_DATA_DIR    data folder (default: the desktop app's user data folder)
  VIGIE_TRUST_DIRS  extra folders of IGC-Santé CA certificates, ':'-separated
  VIGIE_NETWORK     'off' to never use the network, 'loopback' for 127.0.0.1 only`;

/** CRL downloads for `vigie verify`: verified against the issuer and cached in the data folder. */
const crlFetcher = () => {
  const http = networkFetcher();
  if (!http)
    return async () => ({
      crls: [],
      notes: ['network access is turned off (VIGIE_NETWORK): CRLs not fetched'],
    });
  const revocation = createRevocationService({
    http,
    fs: nodeFileSystem,
    clock: systemClock,
    cacheDir: join(defaultDataDir(), 'crl-cache'),
  });
  return async (cert: Uint8Array, issuer: Uint8Array) => {
    const set = await revocation.crlsFor(cert, issuer);
    return {
      crls: [set.base?.der, set.delta?.der].filter((d): d is Uint8Array => d !== undefined),
      notes: set.notes,
    };
  };
};

/** The same core as the desktop app, on the user's data folder and OS keychain. */
const makeCore = (version: string, trust: TrustDir[] = []) => {
  const dataDir = defaultDataDir();
  const http = networkFetcher();
  return composeCore(
    {
      fs: nodeFileSystem,
      clock: systemClock,
      opener: { open: async () => undefined },
      events: { emit: () => undefined },
      secrets: createNapiKeyringSecretStore(),
      orderDocuments: confDocumentStore(dataDir, 'orders'),
      ...(http ? { http } : {}),
    },
    { dataDir, trustDirs: trust, appInfo: { version, platform: process.platform, runtime: 'cli' } },
  );
};

export const runCli = async (argv: string[], io: CliIo = processIo): Promise<number> => {
  const [command, ...rest] = argv;
  const version = typeof VIGIE_VERSION === 'string' ? VIGIE_VERSION : '0.0.0-dev';
  switch (command) {
    case undefined:
    case 'help':
    case '-h':
    case '--help':
      io.stdout(HELP);
      return command === undefined ? EXIT.usage : EXIT.ok;
    case 'version':
    case '--version':
    case '-v':
      io.stdout(version);
      return EXIT.ok;
    case 'inspect':
      return runInspect(rest, io, {
        fs: nodeFileSystem,
        makeCore: (trust) =>
          makeCore(
            version,
            trust.map((path) => ({ path, source: 'command-line' })),
          ),
      });
    case 'csr':
      return runCsr(rest, io, { fs: nodeFileSystem, makeCore: () => makeCore(version) });
    case 'verify':
      return runVerify(rest, io, {
        fs: nodeFileSystem,
        trustStore: async () => {
          const core = makeCore(version);
          await core.start();
          try {
            return await core.services.trust.list();
          } finally {
            await core.stop();
          }
        },
        fetchCrls: crlFetcher(),
      });
    default:
      io.stderr(`vigie: unknown command "${command}"\n\n${HELP}`);
      return EXIT.usage;
  }
};

export { INSPECT_HELP };
